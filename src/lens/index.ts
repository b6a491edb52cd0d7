/**
 * The lens engine: the Well-Architected Tool's custom-lens format (schema, rules, risk-rule conditions), import of
 * a Tool lens into our lens format and export of ours to the Tool. Pure functions; the CLI and the site call them.
 */
export {DEFAULT_CONDITION, evaluateCondition, parseCondition, printCondition, questionRisk, type ConditionMessage, type ConditionNode, type ConditionParse, type RiskRule} from './condition';
export {checkToolLens, toolIssueRule, type CheckTarget} from './check';
export {checkLensToolFormat} from './check-lens';
export {exportableLenses, exportToolLens, toolJson, toolLensApiPath, toToolData} from './export';
export {importedLensFile, importToolLens, IMPORT_READ_CAP, lensIdFromName, type ImportLensOptions, type ImportLensResult} from './import';
export {parseJson, type ParsedJson} from './json';
export {splitToolData, type SetAside} from './tool-data';
export {
  NONE_CHOICE_SUFFIX,
  TOOL_LEVELS,
  TOOL_LIMITS,
  TOOL_RESOURCE_TYPES,
  TOOL_SCHEMA_VERSION,
  toolChoiceSchema,
  toolKeys,
  toolLensSchema,
  toolPillarSchema,
  toolQuestionSchema,
  toolResourceSchema,
  toolRiskRuleSchema,
  type ToolChoice,
  type ToolLens,
  type ToolLensInput,
  type ToolLevel,
  type ToolQuestion,
} from './tool-schema';
