import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import FindingPage, {type FindingPageProps} from '../FindingPage';
import {findingIdFromPath} from '../../plugin/route-params';

/** /findings/<ID>/: the finding page, its id read from the route's path (no per-page props module). */
export default function FindingRoute({route, ...rest}: Omit<FindingPageProps, 'id'> & {route: {path: string}}): React.JSX.Element {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  return <FindingPage {...rest} id={findingIdFromPath(route.path, baseUrl)} />;
}
