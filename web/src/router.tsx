import { createBrowserRouter } from 'react-router';
import { lazy, Suspense } from 'react';
import { SignInPage } from './pages/auth/SignInPage';

// The error page loads only when a page fails: it is not part of every page's download.
const RouteError = lazy(async () => ({ default: (await import('./layouts/RouteError')).RouteError }));

function LazyRouteError() {
  return (
    <Suspense>
      <RouteError />
    </Suspense>
  );
}

// Each area is its own chunk, the shell and Ant Design too: the sign-in page loads none of them.
export const router = createBrowserRouter([
  { path: '/login', element: <SignInPage /> },
  // Supervisors and liaisons, on their phones: without Ant Design, for a light download.
  {
    path: '/me',
    lazy: async () => ({
      Component: (await import('./layouts/MemberShell')).MemberShell,
      ErrorBoundary: LazyRouteError,
    }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./pages/members/MemberHomePage')).MemberHomePage }),
      },
      {
        path: 'report',
        lazy: async () => ({ Component: (await import('./pages/reports/ReportFormPage')).ReportFormPage }),
      },
      {
        path: 'reports',
        lazy: async () => ({ Component: (await import('./pages/reports/MyReportsPage')).MyReportsPage }),
      },
      {
        path: 'reports/:id',
        lazy: async () => ({ Component: (await import('./pages/reports/MyReportPage')).MyReportPage }),
      },
      {
        path: 'meetings',
        lazy: async () => ({ Component: (await import('./pages/meetings/MyMeetingsPage')).MyMeetingsPage }),
      },
      {
        path: 'consultations',
        lazy: async () => ({
          Component: (await import('./pages/consultations/MyConsultationsPage')).MyConsultationsPage,
        }),
      },
      {
        path: 'surveys',
        lazy: async () => ({ Component: (await import('./pages/surveys/MySurveysPage')).MySurveysPage }),
      },
      {
        path: 'inquiries',
        lazy: async () => ({ Component: (await import('./pages/inquiries/MyInquiriesPage')).MyInquiriesPage }),
      },
      {
        path: 'card',
        lazy: async () => ({ Component: (await import('./pages/members/MemberCardPage')).MemberCardPage }),
      },
      {
        path: 'contact',
        lazy: async () => ({ Component: (await import('./pages/members/MemberContactPage')).MemberContactPage }),
      },
      {
        path: 'more',
        lazy: async () => ({ Component: (await import('./pages/members/MemberMorePage')).MemberMorePage }),
      },
      {
        path: 'notifications',
        lazy: async () => ({
          Component: (await import('./pages/notifications/MemberNotificationsPage')).MemberNotificationsPage,
        }),
      },
      {
        path: 'open/:id',
        lazy: async () => ({ Component: (await import('./pages/notifications/MemberOpenPage')).MemberOpenPage }),
      },
    ],
  },
  // The public, with no sign-in: the published lists, self-nomination and its status.
  {
    path: '/public',
    lazy: async () => ({
      Component: (await import('./layouts/PublicShell')).PublicShell,
      ErrorBoundary: LazyRouteError,
    }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./pages/public/PublicRegionsPage')).PublicRegionsPage }),
      },
      {
        path: 'status',
        lazy: async () => ({
          Component: (await import('./pages/public/NominationStatusPage')).NominationStatusPage,
        }),
      },
      {
        path: ':code',
        lazy: async () => ({ Component: (await import('./pages/public/PublicCountyPage')).PublicCountyPage }),
      },
      {
        path: ':code/nominate',
        lazy: async () => ({ Component: (await import('./pages/public/NominatePage')).NominatePage }),
      },
    ],
  },
  {
    path: '/graphiql',
    lazy: async () => ({ Component: (await import('./pages/admin/GraphiQLPage')).GraphiQLPage }),
  },
  {
    lazy: async () => ({ Component: (await import('./layouts/AppRoot')).AppRoot }),
    children: [
      {
        path: '/change-password',
        lazy: async () => ({ Component: (await import('./pages/auth/ChangePasswordPage')).ChangePasswordPage }),
      },
      {
        path: '/members/:id/certificate',
        lazy: async () => ({
          Component: (await import('./pages/members/CertificatePrintPage')).CertificatePrintPage,
        }),
      },
      {
        path: '/slips/:id/print',
        lazy: async () => ({ Component: (await import('./pages/slips/SlipPrintPage')).SlipPrintPage }),
      },
      {
        path: '/',
        lazy: async () => ({ Component: (await import('./layouts/Shell')).Shell, ErrorBoundary: LazyRouteError }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./layouts/HomeRedirect')).HomeRedirect }),
          },
          {
            path: 'workbench',
            lazy: async () => ({ Component: (await import('./pages/workbench/WorkbenchPage')).WorkbenchPage }),
          },
          {
            path: 'reports',
            lazy: async () => ({ Component: (await import('./pages/reports/ReportsPage')).ReportsPage }),
          },
          {
            path: 'reports/:id',
            lazy: async () => ({ Component: (await import('./pages/reports/ReportPage')).ReportPage }),
          },
          {
            path: 'slips',
            lazy: async () => ({ Component: (await import('./pages/slips/SlipsPage')).SlipsPage }),
          },
          {
            path: 'slips/:id',
            lazy: async () => ({ Component: (await import('./pages/slips/SlipPage')).SlipPage }),
          },
          {
            path: 'referrals',
            lazy: async () => ({ Component: (await import('./pages/referrals/ReferralsPage')).ReferralsPage }),
          },
          {
            path: 'calendar',
            lazy: async () => ({ Component: (await import('./pages/calendar/CalendarPage')).CalendarPage }),
          },
          {
            path: 'jobs',
            lazy: async () => ({ Component: (await import('./pages/admin/JobsPage')).JobsPage }),
          },
          {
            path: 'inquiries',
            lazy: async () => ({ Component: (await import('./pages/inquiries/InquiriesPage')).InquiriesPage }),
          },
          {
            path: 'conclusion',
            lazy: async () => ({ Component: (await import('./pages/figures/ConclusionPage')).ConclusionPage }),
          },
          {
            path: 'members',
            lazy: async () => ({ Component: (await import('./pages/members/MembersPage')).MembersPage }),
          },
          {
            path: 'meetings',
            lazy: async () => ({ Component: (await import('./pages/meetings/MeetingsPage')).MeetingsPage }),
          },
          {
            path: 'surveys',
            lazy: async () => ({ Component: (await import('./pages/surveys/SurveysPage')).SurveysPage }),
          },
          {
            path: 'consultations',
            lazy: async () => ({
              Component: (await import('./pages/consultations/ConsultationsPage')).ConsultationsPage,
            }),
          },
          {
            path: 'regions',
            lazy: async () => ({ Component: (await import('./pages/admin/RegionsPage')).RegionsPage }),
          },
          {
            path: 'accounts',
            lazy: async () => ({ Component: (await import('./pages/admin/AccountsPage')).AccountsPage }),
          },
          {
            path: 'audit',
            lazy: async () => ({ Component: (await import('./pages/admin/AuditPage')).AuditPage }),
          },
          {
            path: 'commendations',
            lazy: async () => ({
              Component: (await import('./pages/programme/CommendationsPage')).CommendationsPage,
            }),
          },
          {
            path: 'catalogue',
            lazy: async () => ({ Component: (await import('./pages/programme/CataloguePage')).CataloguePage }),
          },
          {
            path: 'exits',
            lazy: async () => ({ Component: (await import('./pages/members/ExitCandidatesPage')).ExitCandidatesPage }),
          },
          {
            path: 'nominations',
            lazy: async () => ({ Component: (await import('./pages/members/NominationsPage')).NominationsPage }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('./pages/notifications/NotificationsPage')).NotificationsPage,
            }),
          },
          {
            path: 'open/:id',
            lazy: async () => ({
              Component: (await import('./pages/notifications/OpenRecordPage')).OpenRecordPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./layouts/RouteError')).RouteError }),
          },
        ],
      },
    ],
  },
]);
