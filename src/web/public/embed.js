/*
 * Community safety chat: embed script. On the host page:
 *   <div id="community-safety-chat" data-lang="en"></div>
 *   <script src="https://<chat server>/embed.js" async></script>
 * It puts the chat in a frame (the chat server allows only ALLOWED_ORIGINS to frame it) and lets
 * the chat's quick exit replace this whole page. See docs/embedding.md.
 */
(function () {
  'use strict';
  var config = "__EMBED_CONFIG__";
  var EXIT_MESSAGE = 'community-safety-chat:quick-exit';
  var EXIT_REQUEST = 'community-safety-chat:quick-exit-request';
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;

  function mount() {
    var host = document.getElementById(script.getAttribute('data-target') || 'community-safety-chat');
    if (!host || host.querySelector('iframe[data-community-safety-chat]')) return;
    var lang = host.getAttribute('data-lang') || document.documentElement.lang || 'en';
    if (!Object.prototype.hasOwnProperty.call(config.titles, lang)) lang = 'en';
    var frame = document.createElement('iframe');
    frame.setAttribute('data-community-safety-chat', '');
    frame.src = origin + '/chat?embed=1&lang=' + encodeURIComponent(lang);
    frame.title = config.titles[lang];
    frame.referrerPolicy = 'no-referrer';
    frame.style.width = '100%';
    frame.style.height = '100%';
    frame.style.minHeight = '32rem';
    frame.style.border = '0';
    host.appendChild(frame);

    var leave = function (url) {
      window.location.replace(/^https?:\/\//.test(url) ? url : config.quickExitUrl);
    };
    window.addEventListener('message', function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      if (event.data && event.data.type === EXIT_MESSAGE) leave(String(event.data.url));
    });
    // Esc three times on this page too: the chat ends its conversation and clears its storage, then says so.
    var presses = [];
    window.addEventListener(
      'keydown',
      function (event) {
        if (event.key !== 'Escape') {
          presses = [];
          return;
        }
        var now = Date.now();
        presses = presses.filter(function (t) { return now - t < 2000; });
        presses.push(now);
        if (presses.length < 3) return;
        frame.contentWindow.postMessage({ type: EXIT_REQUEST }, origin);
        // If the chat does not answer at once, leave anyway.
        setTimeout(function () { leave(config.quickExitUrl); }, 300);
      },
      true,
    );
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
