using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analysis.Charts.Rendering;

namespace Analysis.Charts.Export;

/// <summary>
/// One page that draws many charts in turn and writes each result (an image data URL or a probe of the drawn DOM)
/// into a <c>&lt;pre&gt;</c> element, so a single <c>--dump-dom</c> browser run exports a whole batch. Errors
/// (window.onerror, rejected promises, console.error) are collected into the DOM too.
/// </summary>
internal static partial class BatchPage
{
    /// <summary>What the page does with a drawn chart.</summary>
    public enum Action { Plot, Svg, Png, Probe }

    /// <summary>One chart on the page.</summary>
    public sealed record Item(string FigureJson, int Width, int Height, double Scale, Action Action);

    /// <summary>What the page wrote: one result per item (null when it failed), the errors, and whether it finished.</summary>
    public sealed record Result(IReadOnlyList<string?> Values, IReadOnlyList<string> Errors, bool Finished);

    public static string Build(IReadOnlyList<Item> items, string plotlyJsPath)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}.analysis-chart{display:block}</style>\n")
            .Append("<script>").Append(Prelude).Append("</script>\n")
            .Append("<script src=\"").Append(WebUtility.HtmlEncode(new Uri(plotlyJsPath).AbsoluteUri)).Append("\"></script>\n")
            .Append("</head>\n<body>\n");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Action is Action.Svg or Action.Png) continue;
            html.Append(CultureInfo.InvariantCulture, $"<div id=\"chart-{i}\" class=\"analysis-chart\" style=\"width:{items[i].Width}px;height:{items[i].Height}px\"></div>\n");
        }
        html.Append("<script>\nvar jobs=[\n");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var json = item.FigureJson;
            html.Append(CultureInfo.InvariantCulture,
                    $"{{id:\"chart-{i}\",action:\"{item.Action.ToString().ToLowerInvariant()}\",width:{item.Width},height:{item.Height},")
                .Append("scale:").Append(item.Scale.ToString("R", CultureInfo.InvariantCulture))
                .Append(",seed:").Append(Seed(json, i).ToString(CultureInfo.InvariantCulture))
                .Append(",fig:").Append(ChartHtml.EscapeJsonForScript(json)).Append("},\n");
        }
        html.Append("];\n").Append(Runner).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static Result Parse(string dom, int count)
    {
        var values = new string?[count];
        foreach (Match match in ResultElement().Matches(dom))
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (index < count) values[index] = WebUtility.HtmlDecode(match.Groups[2].Value);
        }
        var errorsMatch = ErrorsElement().Match(dom);
        var errors = errorsMatch.Success
            ? JsonSerializer.Deserialize<string[]>(WebUtility.HtmlDecode(errorsMatch.Groups[1].Value)) ?? []
            : [];
        return new Result(values, errors, dom.Contains("data-status=\"done\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// plotly names clip paths with Math.random; seeding it per chart (from the chart JSON) makes exported SVGs
    /// byte-identical across runs while different charts still get different ids when inlined into one report.
    /// </summary>
    private static uint Seed(string json, int index)
    {
        var hash = 2166136261u;
        foreach (var c in json) hash = (hash ^ c) * 16777619u;
        hash ^= (uint)index * 2654435761u;
        return hash == 0 ? 1 : hash;
    }

    private const string Prelude = """
        (function(){var errs=window.__errors=[];
        window.addEventListener('error',function(e){errs.push('error: '+(e.message||String(e)));});
        window.addEventListener('unhandledrejection',function(e){var r=e.reason;errs.push('unhandled rejection: '+(r&&r.message||String(r)));});
        var ce=console.error;console.error=function(){errs.push('console.error: '+Array.prototype.map.call(arguments,String).join(' '));return ce.apply(console,arguments);};
        window.__seed=function(s){var x=(s>>>0)||1;Math.random=function(){x^=x<<13;x>>>=0;x^=x>>>17;x^=x<<5;x>>>=0;return x/4294967296;};};
        })();
        """;

    private const string Runner = """
        function put(id,text){var p=document.createElement('pre');p.id=id;p.textContent=text;document.body.appendChild(p);}
        function probe(gd){var q=function(s){return gd.querySelectorAll(s).length;};
          return JSON.stringify({mainSvg:q('.main-svg'),bars:q('.barlayer .point'),points:q('.scatterlayer .points path.point'),
            texts:q('.scatterlayer .textpoint')+q('.barlayer .bartext'),heatmaps:q('.hm image'),
            title:(gd.querySelector('.gtitle')||{}).textContent||''});}
        (async function(){
          if(typeof Plotly==='undefined'){__errors.push('plotly.js did not load');}
          else for(var i=0;i<jobs.length;i++){var j=jobs[i];try{
            __seed(j.seed);
            var layout=Object.assign({},j.fig.layout,{width:j.width,height:j.height});
            var config=Object.assign({},j.fig.config,{responsive:false});
            if(j.action==='svg'||j.action==='png'){
              // toImage draws the figure off-screen itself; plotting it first as well would draw every chart twice.
              put('result-'+i,await Plotly.toImage({data:j.fig.data,layout:layout,config:config},{format:j.action,width:j.width,height:j.height,scale:j.scale}));
            }else{
              var gd=document.getElementById(j.id);
              await Plotly.newPlot(gd,j.fig.data,layout,config);
              if(j.action==='probe'){put('result-'+i,probe(gd));}
            }
          }catch(e){__errors.push(j.id+': '+(e&&e.message||String(e)));}}
          put('errors',JSON.stringify(__errors));
          document.body.setAttribute('data-status','done');
        })();

        """;

    [GeneratedRegex("<pre id=\"result-(\\d+)\">(.*?)</pre>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ResultElement();

    [GeneratedRegex("<pre id=\"errors\">(.*?)</pre>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorsElement();
}
