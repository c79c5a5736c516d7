export { NeutralityReportLauncher, mayRunNeutralityReport, type INeutralityReportLauncherProps, type RunNeutralityScan } from './NeutralityReportLauncher';
