using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>What headless chromium found on a report page once plotly had drawn.</summary>
public sealed record PageProbe(string[] Errors, ChartProbe[] Charts, bool PlotlyLoaded);

/// <summary>What plotly drew into one chart div.</summary>
public sealed record ChartProbe(string Id, int MainSvg, int Bars, int Points, int Heatmaps);

/// <summary>
/// Renders a test-only copy of a report page: an error collector (window.onerror, unhandled rejections,
/// console.error) goes in first thing in &lt;head&gt;, before plotly.js, and a probe that runs after load counts
/// what each chart div holds and writes the result into the DOM, which chromium's --dump-dom returns.
/// The copy sits next to the original so relative links behave the same.
/// </summary>
internal static partial class PageRenderer
{
    private const string Capture = "<script>window.__errors=[];"
        + "window.onerror=function(m,s,l){__errors.push('error: '+m+' at '+s+':'+l);};"
        + "window.addEventListener('unhandledrejection',function(e){__errors.push('unhandled rejection: '+String(e.reason));});"
        + "(function(){var ce=console.error;console.error=function(){__errors.push('console.error: '+Array.prototype.map.call(arguments,String).join(' '));return ce.apply(console,arguments);};})();"
        + "</script>";

    private const string Probe = "<script>window.addEventListener('load',function(){setTimeout(function(){"
        + "var charts=[];document.querySelectorAll('.analysis-chart').forEach(function(gd){var q=function(s){return gd.querySelectorAll(s).length;};"
        + "charts.push({id:gd.id,mainSvg:q('.main-svg'),bars:q('.barlayer g.point path'),points:q('.scatterlayer g.points path.point'),heatmaps:q('.hm image')});});"
        + "var p=document.createElement('pre');p.id='reportqa-probe';"
        + "p.textContent=JSON.stringify({errors:__errors,charts:charts,plotlyLoaded:typeof Plotly!=='undefined'});"
        + "document.body.appendChild(p);},500);});</script>";

    public static PageProbe Render(string pagePath)
    {
        var html = File.ReadAllText(pagePath);
        var head = HeadTag().Match(html);
        Assert.True(head.Success, $"{pagePath}: no <head>");
        var body = html.LastIndexOf("</body>", StringComparison.Ordinal);
        Assert.True(body > head.Index, $"{pagePath}: no </body>");
        var probed = html[..(head.Index + head.Length)] + Capture + html[(head.Index + head.Length)..body] + Probe + html[body..];
        var copy = Path.Combine(Path.GetDirectoryName(pagePath)!, "." + Path.GetFileNameWithoutExtension(pagePath) + ".probe.html");
        File.WriteAllText(copy, probed);
        try
        {
            var dom = ExternalTool.DumpDom(copy);
            var match = ProbeElement().Match(dom);
            Assert.True(match.Success, $"{pagePath}: the probe never ran (page did not finish loading)");
            return JsonSerializer.Deserialize<PageProbe>(WebUtility.HtmlDecode(match.Groups[1].Value), JsonSerializerOptions.Web)!;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [GeneratedRegex("<head(?:\\s[^>]*)?>")]
    private static partial Regex HeadTag();

    [GeneratedRegex("<pre id=\"reportqa-probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeElement();
}
