/** `@counterside/core/rule-ids`: the rules' ids in documentation order, without loading the engine (`rules` has the rest). */
export {ruleIds, type RuleId} from 'retext-counterside/rule-ids'
