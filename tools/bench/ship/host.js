/*
 * A minimal stand-in for SharePoint's SPFx loader, so that the bench can run the real ship bundles
 * (release/assets) and count the bytes a page really loads. It does what the loader does for a web
 * part: reads the component's manifest, loads each `path` script resource from the assets folder
 * (the entry bundle and its strings), gives the `component` resources (React, React DOM and the
 * SPFx framework libraries, which SharePoint itself provides) from the page, instantiates the web
 * part class with a page context and renders it. The web part's own webpack runtime then loads its
 * chunks from the same folder, as it does on SharePoint.
 *
 * Only the framework surface the web parts use is provided (BaseClientSideWebPart's context,
 * properties, domElement, render, onInit, onDispose, onThemeChanged; Version; the property-pane
 * field factories); a web part that uses more fails loudly here.
 */
(function () {
  'use strict';
  var modules = {};
  var waiting = {};

  function resolved(name) {
    return new Promise(function (resolve) {
      if (name in modules) resolve(modules[name]);
      else (waiting[name] = waiting[name] || []).push(resolve);
    });
  }
  function publish(name, value) {
    modules[name] = value;
    (waiting[name] || []).forEach(function (r) { r(value); });
    delete waiting[name];
  }

  // AMD define, as SPFx bundles and strings files call it. An anonymous define takes the name the
  // loading <script> was given (data-module).
  window.define = function (name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = document.currentScript && document.currentScript.getAttribute('data-module');
    }
    if (!name) throw new Error('An anonymous module was defined outside a module script.');
    Promise.all(deps.map(resolved)).then(function (values) {
      publish(name, factory.apply(null, values));
    });
  };
  window.define.amd = true;
  /** Names still awaited, for a page that never mounts. */
  window.__shipPending = function () { return Object.keys(waiting); };

  function Version(text) { this.text = text; }
  Version.parse = function (text) { return new Version(text); };
  Version.prototype.toString = function () { return this.text; };

  function BaseClientSideWebPart() {}
  BaseClientSideWebPart.prototype.onInit = function () { return Promise.resolve(); };
  BaseClientSideWebPart.prototype.render = function () {};
  BaseClientSideWebPart.prototype.onDispose = function () {};
  BaseClientSideWebPart.prototype.onThemeChanged = function () {};
  BaseClientSideWebPart.prototype.getPropertyPaneConfiguration = function () { return { pages: [] }; };
  ['context', 'properties', 'domElement', 'displayMode'].forEach(function (key) {
    Object.defineProperty(BaseClientSideWebPart.prototype, key, { get: function () { return this['__' + key]; } });
  });

  function field(type) {
    return function (targetProperty, properties) { return { type: type, targetProperty: targetProperty, properties: properties }; };
  }

  publish('react', window.React);
  publish('react-dom', window.ReactDOM);
  publish('@microsoft/sp-core-library', { Version: Version, DisplayMode: { Read: 1, Edit: 2 } });
  publish('@microsoft/sp-webpart-base', { BaseClientSideWebPart: BaseClientSideWebPart });
  publish('@microsoft/sp-property-pane', {
    PropertyPaneTextField: field('TextField'),
    PropertyPaneDropdown: field('Dropdown'),
    PropertyPaneLabel: field('Label'),
    PropertyPaneToggle: field('Toggle'),
    PropertyPaneCheckbox: field('Checkbox')
  });
  publish('@microsoft/sp-component-base', {});
  // SharePoint's component loader: the live persona card is a SharePoint component that is not
  // here, so loading it fails, as it does where SharePoint cannot provide it; the web part then
  // shows the plain name.
  publish('@microsoft/sp-loader', {
    SPComponentLoader: {
      loadComponentById: function (id) { return Promise.reject(new Error('Component ' + id + ' is not available on this page.')); },
      loadScript: loadScript,
      loadCss: function () {}
    }
  });

  function loadScript(src, moduleName) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      if (moduleName) s.setAttribute('data-module', moduleName);
      s.onload = resolve;
      s.onerror = function () { reject(new Error('Could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  /**
   * Mounts a web part: `spec` = { manifest, assetsBase, element, properties, pageContext }.
   * Resolves with the web part instance once it has rendered.
   */
  window.__shipMount = function (spec) {
    var lc = spec.manifest.loaderConfig;
    var resources = lc.scriptResources;
    var paths = Object.keys(resources).filter(function (k) { return resources[k].type === 'path'; });
    // Strings first, then the entry bundle (which defines itself under the component's id).
    paths.sort(function (a, b) { return (a === lc.entryModuleId ? 1 : 0) - (b === lc.entryModuleId ? 1 : 0); });
    return paths
      .reduce(function (p, name) {
        return p.then(function () { return loadScript(spec.assetsBase + resources[name].path, name); });
      }, Promise.resolve())
      // A bundle defines itself under the component's id and version, or anonymously (then under
      // its script resource's name), as SPFx's loader accepts either.
      .then(function () { return Promise.race([resolved(spec.manifest.id + '_' + spec.manifest.version), resolved(lc.entryModuleId)]); })
      .then(function (mod) {
        var WebPart = mod.default || mod;
        var wp = new WebPart();
        wp.__context = {
          pageContext: spec.pageContext,
          manifest: spec.manifest,
          instanceId: spec.element.id,
          domElement: spec.element,
          serviceScope: { consume: function () { return undefined; } }
        };
        wp.__properties = spec.properties;
        wp.__domElement = spec.element;
        wp.__displayMode = 1;
        return Promise.resolve(wp.onInit()).then(function () {
          wp.render();
          return wp;
        });
      });
  };
})();
