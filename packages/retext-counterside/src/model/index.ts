/** The learned layer's building blocks, for training and evaluation (`@counterside/lab`). */
export * from './features.js'
export * from './scorer.js'
export * from './weights-format.js'
