export {readCorpus, corpusDirectory, CorpusError, type CorpusCase} from './corpus.js'
export {scoreCases, formatScore, ratio, type Score, type RuleScore, type Miss, type Predictor, type Counts} from './score.js'
export {dataHash, defaultSettings, loadSources} from './model/pipeline.js'
export {docExamples, readDocCases} from './doc-examples.js'
