/**
 * The last line of defence, when the shell itself fails: plain, in both languages, with no
 * dependency on the router, translations or data that may be what broke.
 */
// The single file's own address without a hash is its overview, and a load of the file anew:
// "#/" alone would not reload a page whose app has stopped.
const HOME = __SINGLE_FILE__ ? window.location.pathname : import.meta.env.BASE_URL;

export function RootError() {
  return (
    <div className="page state-page" role="alert">
      <h1>Something went wrong · 出现错误</h1>
      <p>The dashboard could not be shown. 仪表板无法显示。</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload · 重新载入
        </button>{' '}
        <a className="button button--quiet" href={HOME}>
          Overview · 概览
        </a>
      </p>
    </div>
  );
}
