import type {Diagram} from '../../schemas/diagram';
import type {Tradeoff} from '../../schemas/tradeoff';
import {BeforeAfter} from '../BeforeAfter';
import {TradeoffMatrix} from '../TradeoffMatrix';

/**
 * The components that ```tradeoff and ```before-after blocks of a review body become (see
 * src/plugin/markdown/remark-data-blocks.ts): their `value` is the schema's output as JSON.
 */
export const dataBlockComponents = {
  tradeoff: ({value}: {value: string}) => <TradeoffMatrix tradeoff={JSON.parse(value) as Tradeoff} />,
  beforeafter: ({value}: {value: string}) => <BeforeAfter diagram={JSON.parse(value) as Diagram} />,
};
