// Generated from Templates/*.mustache by TemplateEmbeddingTests; re-record with
// PLANQ_RECORD=1 swift test --filter TemplateEmbeddingTests. Do not edit by hand.

/// The HTML templates, embedded so that the planq binary needs no resource files and runs from anywhere.
enum EmbeddedTemplates {
    /// Templates/node.html.mustache
    static let node = #"""
<details class="node {{kindClass}}" data-id="{{id}}"{{#open}} open{{/open}}>
<summary><span class="kind">{{kind}}</span><span class="id">{{shortID}}</span>{{title}}{{#nodeLead}}<span class="lead">lead: {{nodeLead}}</span>{{/nodeLead}}{{#ownPeriod}}<span class="period">{{ownPeriod}}</span>{{/ownPeriod}}</summary>
{{#hasChildren}}<details class="fields"><summary>fields, roles and source</summary>{{/hasChildren}}<table class="fields">{{#fields}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/fields}}</table>{{#hasChildren}}</details>
<div class="children">{{#children}}{{> node}}{{/children}}</div>{{/hasChildren}}
</details>
"""#
    /// Templates/overview.html.mustache
    static let overview = #"""
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="planq overview">
<title>{{planID}} — {{title}}</title>
<style>
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 17px; line-height: 1.4; color: #111; margin: 0; background: #fff; }
header { background: #1b2f4a; color: #fff; padding: 18px 28px; }
header h1 { margin: 0 0 4px; font-size: 28px; }
header p { margin: 0; }
nav { padding: 8px 28px; background: #e8eef5; border-bottom: 1px solid #b8c7d8; }
nav a { color: #1b2f4a; margin-right: 18px; font-weight: bold; }
main { padding: 8px 28px 40px; }
h2 { font-size: 23px; border-bottom: 2px solid #1b2f4a; padding-bottom: 4px; margin-top: 32px; }
details.node { margin: 4px 0 4px 0; border-left: 4px solid #3d6a99; padding-left: 10px; }
details.node.activity { border-left-color: #9bb7d4; }
details.node.work-package { border-left: 4px dashed #7a5b16; }
details.node > summary { cursor: pointer; padding: 3px 0; }
details.fields > summary { cursor: pointer; color: #333; font-size: 15px; margin: 2px 0; }
details.node > summary .id { font-weight: bold; font-family: "DejaVu Sans Mono", monospace; font-size: 15px; margin-right: 6px; }
details.node.goal > summary { font-weight: bold; }
.kind { font-size: 13px; color: #fff; background: #2c5282; border-radius: 4px; padding: 1px 6px; margin-right: 6px; font-weight: normal; }
.activity > summary .kind { background: #dbe8f5; color: #111; border: 1px solid #3d6a99; }
.work-package > summary .kind { background: #f3e9d2; color: #111; border: 1px dashed #7a5b16; }
.lead, .period { color: #444; font-size: 15px; margin-left: 8px; font-weight: normal; }
.children { margin-left: 18px; }
table.fields { border-collapse: collapse; margin: 6px 0 10px; font-size: 15px; max-width: 70em; }
table.fields th { text-align: left; vertical-align: top; padding: 2px 12px 2px 0; color: #333; white-space: nowrap; }
table.fields td { padding: 2px 0; white-space: pre-line; }
.timeline { overflow-x: auto; }
.timeline svg { max-width: 100%; height: auto; }
table.actors, table.matrix { border-collapse: collapse; font-size: 15px; }
table.actors td, table.actors th { border-bottom: 1px solid #ccc; padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
table.matrix th, table.matrix td { border: 1px solid #999; padding: 2px 5px; }
table.matrix th.theme { font-size: 14px; width: 2.6em; font-family: "DejaVu Sans Mono", monospace; }
table.matrix td.activity-title { max-width: 30em; }
table.matrix td.mark { text-align: center; font-size: 16px; width: 2.6em; }
ol.theme-key { font-size: 15px; padding-left: 0; list-style: none; }
ol.theme-key summary { cursor: pointer; }
table.matrix td.mark.on { background: #3d6a99; color: #fff; }
table.matrix tr:nth-child(even) td.activity-title { background: #f2f2f2; }
footer { color: #555; font-size: 14px; padding: 0 28px 24px; }
</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<p>{{planID}}{{#planPeriod}} · {{planPeriod}}{{/planPeriod}} · {{summary}}</p>
</header>
<nav><a href="#goals">Goals and activities</a><a href="#timeline">Timeline</a><a href="#actors">Actors and roles</a>{{#hasMatrix}}<a href="#themes">Activities × themes</a>{{/hasMatrix}}</nav>
<main>
<details class="plan-fields" data-id="{{planID}}"><summary>About this plan: its fields and source</summary>
<table class="fields">{{#planFields}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/planFields}}</table>
</details>

<h2 id="goals">Goals and activities</h2>
<p>Click a goal or activity to open its fields, roles and where it comes from (source document and plan file line).</p>
{{#nodes}}{{> node}}{{/nodes}}

<h2 id="timeline">Timeline</h2>
<div class="timeline">{{{timelineSVG}}}</div>

<h2 id="actors">Actors and roles</h2>
<table class="actors">
<tr><th>actor</th><th>kind</th><th>roles in this plan</th></tr>
{{#actors}}<tr data-id="{{id}}"><td><details class="actor"><summary>{{title}}</summary><table class="fields">{{#fields}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/fields}}</table></details></td><td>{{kind}}</td><td>{{#roles}}<div><b>{{role}}</b>: {{subjects}}</div>{{/roles}}</td></tr>
{{/actors}}</table>
{{#hasMatrix}}

<h2 id="themes">Activities × themes</h2>
<p>{{matrixCount}} activities × {{themeCount}} themes; a filled cell means the activity contributes to the theme.</p>
<table class="matrix">
<tr><th>activity</th>{{#themes}}<th class="theme" data-theme="{{id}}" title="{{title}}">{{shortID}}</th>{{/themes}}</tr>
{{#matrix}}<tr data-id="{{id}}"><td class="activity-title"><b>{{shortID}}</b> {{title}}</td>{{#cells}}<td class="mark{{#on}} on{{/on}}" title="{{theme}}">{{#on}}●{{/on}}</td>{{/cells}}</tr>
{{/matrix}}</table>
<ol class="theme-key">{{#themes}}<li><details class="theme" data-id="{{id}}"><summary><b>{{shortID}}</b> {{title}}</summary><table class="fields">{{#fields}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/fields}}</table></details></li>{{/themes}}</ol>
{{/hasMatrix}}
</main>
<footer>Made by planq from {{sourceFiles}}. Everything on this page is in this one file; it needs no network.</footer>
</body>
</html>
"""#
    /// Templates/picture.html.mustache
    static let picture = #"""
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="planq">
<title>{{title}}</title>
<style>body { margin: 16px; background: #fff; } svg { max-width: 100%; height: auto; }</style>
</head>
<body>
{{{svg}}}
</body>
</html>
"""#
}
