/**
 * The most frequent English function words and pronouns. A pattern is never
 * pre-filtered on one of these when it has a rarer required word, so
 * ordinary copy full of “we”, “our” and “the” stays cheap.
 */
export const commonWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'onto', 'off', 'up',
  'out', 'about', 'over', 'after', 'before', 'until', 'while', 'this', 'that', 'these', 'those', 'it', "it's", 'its', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'not', 'no', 'so', 'just', 'now', 'then', 'there', 'here', 'what', 'who', 'how', 'when', 'where', 'which', 'all', 'any', 'some',
  'more', 'most', 'other', 'another', 'one', 'only', 'also', 'very', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'him',
  'her', 'his', 'they', 'them', 'their', "i'm", "i'll", "i've", "we're", "we'll", "we've", "you're", "you'll", "you've", 'go', 'get', 'make',
  'new', 'please', 'again'
])
