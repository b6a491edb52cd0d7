import MDXComponents from '@theme-original/MDXComponents';
import type {ComponentProps} from 'react';
import {ScrollRegion} from '../components/ScrollRegion';

/** Markdown tables (docs and review text) scroll in their own box on a narrow screen, reachable by keyboard. */
export default {
  ...MDXComponents,
  table: (props: ComponentProps<'table'>) => (
    <ScrollRegion label="Table">
      <table {...props} />
    </ScrollRegion>
  ),
};
