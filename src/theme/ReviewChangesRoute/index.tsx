import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import ReviewChangesPage, {type ReviewChangesPageProps} from '../ReviewChangesPage';
import {versionFromPath} from '../../plugin/route-params';

/** /reviews/<id>/v<N>/changes/: the diff page, its version read from the route's path (no per-page props module). */
export default function ReviewChangesRoute({route, ...rest}: Omit<ReviewChangesPageProps, 'version'> & {route: {path: string}}): React.JSX.Element {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  return <ReviewChangesPage {...rest} version={versionFromPath(route.path, baseUrl)!} />;
}
