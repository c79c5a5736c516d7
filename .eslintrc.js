require('@rushstack/eslint-config/patch/modern-module-resolution');
module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname, project: ['./tsconfig.json'] },
  ignorePatterns: ['lib/**', 'temp/**', 'release/**', 'node_modules/**', '*.js', 'tests/**', 'local/**', 'tools/**']
};
