// SPFx generates typings for *.module.scss during the gulp build; type-checking the tests does not run gulp.
declare module '*.module.scss' {
  const styles: Record<string, string>;
  export default styles;
}
