/** The “Try an example” copy: a little of everything the rules catch. */
export const exampleCopy = `We are pleased to announce that our award-winning team has upgraded our servers.

Unfortunately your card was declined because you entered the wrong PIN.

Hurry, only 2 left! Buy now before it is gone.

Our staff are on break. Please wait.

CLICK HERE NOW TO WIN
`
