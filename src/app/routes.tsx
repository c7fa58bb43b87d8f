import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadAllMessages } from '../i18n/i18n';
import { RequireSession } from '../features/session/components/require-session';
import { FirstPlanRedirect } from '../features/plans/components/first-plan-redirect';
import { TargetListPage } from '../features/targets/components/target-list-page';
import { LoadingState } from '../components/ui/query-states';
import { Layout } from './layout';
import { PlanLayout } from './plan-layout';
import { NotFound, RouteError } from './route-error';

/**
 * A page loaded when first opened, together with the messages of the pages outside the first view, so
 * it never shows before its texts are there.
 */
function page<Module>(load: () => Promise<Module>, component: (module: Module) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), loadAllMessages()]);
    return { Component: component(module) };
  };
}

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
            {
              path: 'sign-in',
              lazy: page(() => import('../features/session/components/sign-in-page'), (module) => module.SignInPage),
            },
            // Public, as the law expects: the accessibility statement is readable without signing in.
            {
              path: 'accessibility',
              lazy: page(() => import('../features/accessibility/components/accessibility-statement-page'), (module) => module.AccessibilityStatementPage),
            },
            {
              element: <RequireSession />,
              children: [
                { index: true, element: <FirstPlanRedirect /> },
                {
                  path: 'plans/:planId',
                  element: <PlanLayout />,
                  children: [
                    { index: true, element: <TargetListPage /> },
                    // Only the list is in the first view; a target's page, its edit form and history load on opening.
                    {
                      path: 'targets/:targetId',
                      lazy: page(() => import('../features/targets/components/target-detail-page'), (module) => module.TargetDetailPage),
                    },
                    // Charts, the report and the spreadsheet tools load only when opened: the first view stays light.
                    {
                      path: 'summary',
                      lazy: page(() => import('../features/summary/components/summary-page'), (module) => module.SummaryPage),
                    },
                    {
                      path: 'report',
                      lazy: page(() => import('../features/reports/components/report-page'), (module) => module.ReportPage),
                    },
                    {
                      path: 'transfer',
                      lazy: page(() => import('../features/transfer/components/transfer-page'), (module) => module.TransferPage),
                    },
                    {
                      path: 'review',
                      lazy: page(() => import('../features/review/components/review-queue-page'), (module) => module.ReviewQueuePage),
                    },
                    {
                      path: 'structure',
                      lazy: page(() => import('../features/structure/components/structure-page'), (module) => module.StructurePage),
                    },
                  ],
                },
                {
                  path: 'admin/users',
                  lazy: page(() => import('../features/admin-users/components/admin-users-page'), (module) => module.AdminUsersPage),
                },
                {
                  path: 'my-targets',
                  lazy: page(() => import('../features/my-targets/components/my-targets-page'), (module) => module.MyTargetsPage),
                },
                {
                  path: 'measures',
                  lazy: page(() => import('../features/measures/components/measure-list-page'), (module) => module.MeasureListPage),
                },
                {
                  path: 'measures/:measureId',
                  lazy: page(() => import('../features/measures/components/measure-detail-page'), (module) => module.MeasureDetailPage),
                },
                {
                  path: 'projects',
                  lazy: page(() => import('../features/projects/components/project-list-page'), (module) => module.ProjectListPage),
                },
                {
                  path: 'projects/:projectId',
                  lazy: page(() => import('../features/projects/components/project-detail-page'), (module) => module.ProjectDetailPage),
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
