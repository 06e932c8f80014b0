import Foundation
import HashKit

/// The one style sheet of the review pages, sent inline and allowed by its hash in the CSP.
///
/// Pages carry no `style` attributes, so the CSP needs no 'unsafe-inline'. Narrow screens
/// (tablets held upright) get single columns and notes as cards; touch targets stay large.
enum PageStyle {
    static let hashSource = "'sha256-" + Data(SHA256.hash(sheet.markup)).base64EncodedString() + "'"

    /// A literal, hence trusted markup: it goes into `<style>` unescaped, byte for byte as hashed.
    static let sheet: HTML = """
    :root{--ink:#1c2733;--muted:#5b6b7b;--line:#d5dde5;--bg:#f4f6f8;--card:#fff;--accent:#1d4f91;--warn:#a64b00;--bad:#b3261e;--good:#2e7d32}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
    header.top{background:var(--accent);color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
    header.top a{color:#fff;text-decoration:none;padding:.4rem .2rem;border-bottom:3px solid transparent}
    header.top a[aria-current]{border-bottom-color:#fff;font-weight:600}
    header.top .brand{font-weight:700;margin-right:1rem}
    header.top nav{display:flex;gap:1rem;flex-wrap:wrap}
    header.top .who{margin-left:auto;display:flex;gap:.75rem;align-items:center;font-size:.9rem}
    header.top .who button{background:transparent;color:#fff;border:1px solid #fff;min-height:2rem}
    main{max-width:72rem;margin:0 auto;padding:1rem}
    h1{font-size:1.5rem;margin:.5rem 0 1rem}
    h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    a{color:var(--accent)}
    .panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;margin-bottom:1rem}
    .panel>h2:first-child{margin-top:0}
    .muted{color:var(--muted)}
    .notice{background:#fff4e5;border:1px solid #f0c27b;border-radius:6px;padding:.6rem .8rem;margin:0 0 1rem}
    .error{background:#fdecea;border-color:#f5b4ae}
    form.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.75rem}
    form.filters .wide{grid-column:1/-1}
    form.filters .actions{grid-column:1/-1;display:flex;gap:1rem;align-items:center}
    label{display:block;font-size:.85rem;color:var(--muted);margin-bottom:.2rem}
    input,select,textarea,button{font:inherit;min-height:2.5rem;padding:.35rem .5rem;border:1px solid #9aa8b6;border-radius:6px;background:#fff;color:var(--ink);max-width:100%}
    input[type=text],input[type=search],input[type=password],input[type=date],select,textarea{width:100%}
    input[type=radio]{min-height:auto;width:1.2rem;height:1.2rem;margin:.2rem .5rem 0 0;flex:none}
    button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer;padding:.35rem 1rem}
    button.secondary{background:#fff;color:var(--accent)}
    table{width:100%;border-collapse:collapse;background:var(--card)}
    th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
    th{font-size:.85rem;color:var(--muted);font-weight:600;background:#eef2f6}
    tbody th{background:transparent;color:var(--ink);font-size:inherit}
    .nowrap{white-space:nowrap}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    tbody tr:hover{background:#f7f9fb}
    .badge{display:inline-block;font-size:.75rem;padding:.05rem .45rem;border-radius:999px;border:1px solid;white-space:nowrap}
    .badge.conflict{color:var(--bad);border-color:var(--bad)}
    .badge.concerned{color:var(--warn);border-color:var(--warn)}
    .badge.positive{color:var(--good);border-color:var(--good)}
    .badge.neutral,.badge.deleted{color:var(--muted);border-color:var(--muted)}
    .badge.open{color:var(--accent);border-color:var(--accent)}
    .badge.overdue{color:#fff;background:var(--bad);border-color:var(--bad)}
    .pager{display:flex;gap:1rem;justify-content:space-between;align-items:center;margin:1rem 0}
    dl.fields{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.4rem 1rem;margin:0}
    dl.fields dt{color:var(--muted)}
    dl.fields dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
    ul.writes{margin:0;padding-left:1.1rem}
    fieldset{border:1px solid var(--line);border-radius:8px;margin:0 0 1rem;padding:.75rem 1rem;background:var(--card)}
    legend{font-weight:600;padding:0 .3rem}
    .choice{display:flex;align-items:flex-start;padding:.4rem 0;border-bottom:1px dashed var(--line)}
    .choice label.grow{color:var(--ink);font-size:1rem;margin:0;cursor:pointer}
    .choice .value{white-space:pre-wrap;overflow-wrap:anywhere;font-weight:600}
    .choice .who{display:block;font-weight:400;font-size:.85rem;color:var(--muted)}
    .choice .grow{flex:1}
    .board{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem;align-items:start}
    .board section{background:#e9eef3;border-radius:8px;padding:.6rem}
    .board h2{margin:.2rem 0 .6rem;font-size:1.05rem}
    .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem .7rem;margin-bottom:.6rem}
    .card p{margin:.2rem 0;overflow-wrap:anywhere}
    .card .meta{font-size:.85rem;color:var(--muted)}
    .card form{display:grid;grid-template-columns:1fr 1fr;gap:.4rem;margin-top:.5rem}
    .card form .buttons{grid-column:1/-1;display:flex;gap:.5rem;flex-wrap:wrap}
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
    figure{margin:0}
    figcaption{font-weight:600;margin-bottom:.3rem}
    svg{max-width:100%;height:auto;display:block}
    .legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.5rem 0 0;font-size:.85rem}
    .legend svg{width:.9rem;height:.9rem;display:inline-block;vertical-align:-.1rem;margin-right:.3rem}
    .scroll{overflow-x:auto}
    @media (max-width:800px){
      .board{grid-template-columns:1fr}
      dl.fields{grid-template-columns:1fr}
      dl.fields dd{margin-bottom:.4rem}
      table.notes thead{display:none}
      table.notes,table.notes tbody,table.notes tr,table.notes td{display:block;width:100%}
      table.notes tr{border:1px solid var(--line);border-radius:8px;margin-bottom:.6rem;background:var(--card)}
      table.notes td{border:0;padding:.2rem .7rem}
      table.notes td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.85rem}
    }
    """
}
