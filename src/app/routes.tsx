import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/session/components/require-session';
import { SignInPage } from '../features/session/components/sign-in-page';
import { FirstPlanRedirect } from '../features/plans/components/first-plan-redirect';
import { TargetDetailPage } from '../features/targets/components/target-detail-page';
import { TargetListPage } from '../features/targets/components/target-list-page';
import { LoadingState } from '../components/ui/query-states';
import { Layout } from './layout';
import { PlanLayout } from './plan-layout';
import { NotFound, RouteError } from './route-error';

/** Every page of the app; the browser and the tests build their routers from this one list. */
export function createRoutes({ demo }: { demo: boolean }): RouteObject[] {
  return [
    {
      element: <Layout demo={demo} />,
      errorElement: <RouteError />,
      // Shown while a lazily loaded page (summary, report, transfer) is fetched on the first visit.
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            {
              element: <RequireSession />,
              children: [
                { index: true, element: <FirstPlanRedirect /> },
                {
                  path: 'plans/:planId',
                  element: <PlanLayout />,
                  children: [
                    { index: true, element: <TargetListPage /> },
                    { path: 'targets/:targetId', element: <TargetDetailPage /> },
                    // Charts, the report and the spreadsheet tools load only when opened: the first view stays light.
                    {
                      path: 'summary',
                      lazy: () => import('../features/summary/components/summary-page').then((module) => ({ Component: module.SummaryPage })),
                    },
                    {
                      path: 'report',
                      lazy: () => import('../features/reports/components/report-page').then((module) => ({ Component: module.ReportPage })),
                    },
                    {
                      path: 'transfer',
                      lazy: () =>
                        import('../features/transfer/components/transfer-page').then((module) => ({ Component: module.TransferPage })),
                    },
                    {
                      path: 'review',
                      lazy: () =>
                        import('../features/review/components/review-queue-page').then((module) => ({ Component: module.ReviewQueuePage })),
                    },
                    {
                      path: 'structure',
                      lazy: () =>
                        import('../features/structure/components/structure-page').then((module) => ({ Component: module.StructurePage })),
                    },
                  ],
                },
                {
                  path: 'admin/users',
                  lazy: () =>
                    import('../features/admin-users/components/admin-users-page').then((module) => ({ Component: module.AdminUsersPage })),
                },
                {
                  path: 'my-targets',
                  lazy: () =>
                    import('../features/my-targets/components/my-targets-page').then((module) => ({ Component: module.MyTargetsPage })),
                },
                {
                  path: 'measures',
                  lazy: () =>
                    import('../features/measures/components/measure-list-page').then((module) => ({ Component: module.MeasureListPage })),
                },
                {
                  path: 'measures/:measureId',
                  lazy: () =>
                    import('../features/measures/components/measure-detail-page').then((module) => ({
                      Component: module.MeasureDetailPage,
                    })),
                },
                {
                  path: 'projects',
                  lazy: () =>
                    import('../features/projects/components/project-list-page').then((module) => ({ Component: module.ProjectListPage })),
                },
                {
                  path: 'projects/:projectId',
                  lazy: () =>
                    import('../features/projects/components/project-detail-page').then((module) => ({
                      Component: module.ProjectDetailPage,
                    })),
                },
                { path: '*', element: <NotFound /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
