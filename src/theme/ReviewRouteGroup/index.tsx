import renderRoutes from '@docusaurus/renderRoutes';
import type {RouteConfig} from '@docusaurus/types';
import Layout from '@theme/Layout';
import NotFoundContent from '@theme/NotFound/Content';

function NotFound(): React.JSX.Element {
  return (
    <Layout title="Page not found">
      <NotFoundContent />
    </Layout>
  );
}

/**
 * A group of the plugin's routes (plugin/route-groups.ts): renders the one of its routes that matches, or the
 * not-found page for a URL under the group that is none of its pages.
 */
export default function ReviewRouteGroup({route}: {route: {routes: RouteConfig[]}}): React.JSX.Element {
  return renderRoutes([...route.routes, {path: '*', component: NotFound}] as never);
}
