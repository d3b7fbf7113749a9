/**
 * Where the stand-in analytics vendor lives: the test server's /__gated/<account>/ answers and
 * logs its files, as a third party's servers would. Each test gives its own account in the query
 * (`?token=`), so the log tells one test's requests from another's; without one it is `demo`.
 */
export function vendorBase(url: URL): string {
  const account = url.searchParams.get('token') ?? '';
  return `/__gated/${/^[\w-]{1,64}$/.test(account) ? account : 'demo'}`;
}
