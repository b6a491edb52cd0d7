import type {WrapperProps} from '@docusaurus/types';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import {searchBody} from '../../../search/scope';

type Props = WrapperProps<typeof ContentType>;

/** A docs page's title and text are in the site search (src/search/scope.ts); its sidebar and TOC are not. */
export default function ContentWrapper(props: Props): React.JSX.Element {
  return (
    <div {...searchBody('Docs')}>
      <Content {...props} />
    </div>
  );
}
