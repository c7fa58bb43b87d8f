import type { RouteObject } from 'react-router';
import { FirstPlanRedirect } from '../features/plans/components/first-plan-redirect';
import { TargetDetailPage } from '../features/targets/components/target-detail-page';
import { TargetListPage } from '../features/targets/components/target-list-page';
import { Layout } from './layout';
import { NotFound, RouteError } from './route-error';

/** Every page of the app; the browser and the tests build their routers from this one list. */
export function createRoutes({ demo }: { demo: boolean }): RouteObject[] {
  return [
    {
      element: <Layout demo={demo} />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <FirstPlanRedirect /> },
            { path: 'plans/:planId', element: <TargetListPage /> },
            { path: 'plans/:planId/targets/:targetId', element: <TargetDetailPage /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}
