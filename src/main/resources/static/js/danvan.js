// Small progressive enhancements; every page also works without JavaScript for reading.
document.addEventListener('htmx:responseError', function (event) {
  var target = document.getElementById('htmx-error');
  if (target) {
    target.classList.remove('d-none');
  }
});
// Lazy-loads the children of a tree node the first time it is opened.
document.addEventListener('toggle', function (event) {
  var details = event.target;
  if (details.tagName === 'DETAILS' && details.open && details.dataset.children && !details.dataset.loaded) {
    details.dataset.loaded = 'true';
    var list = details.querySelector(':scope > ul');
    htmx.ajax('GET', details.dataset.children, { target: list, swap: 'innerHTML' });
  }
}, true);
