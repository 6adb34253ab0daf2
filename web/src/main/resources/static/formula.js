// Pages in words: an indicator's formula, written in LaTeX, shown as mathematics by KaTeX (served by Kinerja
// from its WebJar; no CDN). A formula written in plain words is left as it was written.
document.querySelectorAll('.formula[data-tex]').forEach(function (element) {
  // a formula copied from a document often keeps its delimiters: $…$, $$…$$, \(…\) or \[…\]
  var tex = element.getAttribute('data-tex').trim()
    .replace(/^\$\$([\s\S]*)\$\$$/, '$1').replace(/^\$([\s\S]*)\$$/, '$1')
    .replace(/^\\\(([\s\S]*)\\\)$/, '$1').replace(/^\\\[([\s\S]*)\\\]$/, '$1');
  if (window.katex && /[\\^_{}]/.test(tex)) {
    window.katex.render(tex, element, { throwOnError: false, displayMode: false });
    element.classList.add('formula-math');
  }
});
