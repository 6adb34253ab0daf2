// A large file shows its upload progress; without script the form posts as usual.
document.getElementById('form-unggah').addEventListener('submit', function (event) {
  if (!window.XMLHttpRequest || !window.FormData) { return; }
  event.preventDefault();
  var form = event.target, bar = document.getElementById('kemajuan'), xhr = new XMLHttpRequest();
  bar.hidden = false;
  xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); } };
  xhr.onload = function () {
    if (xhr.responseURL && xhr.status < 400) { window.location.assign(xhr.responseURL); return; }
    document.open(); document.write(xhr.responseText); document.close();
  };
  xhr.open('POST', form.action);
  xhr.send(new FormData(form));
});
