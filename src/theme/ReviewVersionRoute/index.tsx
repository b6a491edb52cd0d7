import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import ReviewVersionPage, {type ReviewVersionPageProps} from '../ReviewVersionPage';
import {shownVersionNumber, versionFromPath} from '../../plugin/route-params';

/**
 * /reviews/<id>/v<N>/ and the latest alias /reviews/<id>/: the version page, its version read from the route's
 * path (no per-page props module).
 */
export default function ReviewVersionRoute({route, ...rest}: Omit<ReviewVersionPageProps, 'version' | 'alias'> & {route: {path: string}}): React.JSX.Element {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const version = versionFromPath(route.path, baseUrl);
  return <ReviewVersionPage {...rest} version={version ?? shownVersionNumber(rest.review)} alias={version === undefined} />;
}
