/**
 * SharePoint's error shapes. Every failure the server reports goes through SpError, so the
 * client always sees {"odata.error":{code,message:{lang,value}}} (or "error" in verbose) and
 * never a stack trace.
 */
export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';

export const Errors = {
  badRequest: (message: string, code = INVALID_QUERY): SpError => new SpError(400, code, message),
  invalidJson: (): SpError => new SpError(400, INVALID_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.'),
  fieldNotFound: (name: string): SpError => new SpError(400, SP_EXCEPTION, `The field or property '${name}' does not exist.`),
  columnNotFound: (name: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  unsupported: (expression: string): SpError => new SpError(400, SP_EXCEPTION, `The expression "${expression}" is not supported.`),
  notFilterable: (name: string, kind: string): SpError =>
    new SpError(400, SP_EXCEPTION, `The field '${name}' of type '${kind}' cannot be used in the query filter expression.`),
  propertyNotFound: (name: string, type: string): SpError =>
    new SpError(400, INVALID_QUERY, `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  listIdNotFound: (): SpError =>
    new SpError(404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.'),
  userNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  fileNotFound: (url: string): SpError =>
    new SpError(404, '-2130575338, System.IO.FileNotFoundException', `File Not Found. (${url})`),
  resourceNotFound: (path: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`),
  methodNotAllowed: (method: string, path: string): SpError =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The HTTP method '${method}' cannot be used to access the resource '${path}'. The operation type of the resource is specified as '${method === 'GET' ? 'Default' : 'Read'}'. Please use correct HTTP method to invoke the resource.`),
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.'),
  digest: (): SpError =>
    new SpError(403, '-2130575251, System.Runtime.InteropServices.COMException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  etag: (sent: string, current: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`),
  threshold: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'),
  unknownUser: (name: string, known: string[]): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException',
      `Unknown local user '${name}'. Choose one of: ${known.join(', ')} (set the local-user cookie or the X-Local-User header).`),
  internal: (): SpError =>
    new SpError(500, '-1, System.InvalidOperationException', 'The local SharePoint server could not complete this request.'),
};

export type MetadataMode = 'minimal' | 'verbose' | 'none';

export function errorBody(err: SpError, mode: MetadataMode): string {
  const payload = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return JSON.stringify(mode === 'verbose' ? { error: payload } : { 'odata.error': payload });
}
