export { NeutralityReportLauncher, mayRunNeutralityReport, OFFICER_OWNED_KINDS, type INeutralityReportLauncherProps, type RunNeutralityScan } from './NeutralityReportLauncher';
