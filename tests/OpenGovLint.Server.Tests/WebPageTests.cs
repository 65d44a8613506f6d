using System.Text.Json;

namespace OpenGovLint.Server.Tests;

/// <summary>Web pages (.html) are served as Markdown is: findings placed in the page source, fixes only where they edit it exactly.</summary>
public class WebPageTests
{
    [Fact]
    public async Task A_real_page_is_read_through_the_HTML_reader_and_its_findings_point_into_its_source()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/page.html";
        string page = File.ReadAllText(Path.Combine(LanguageServerHarness.FixturesDirectory, "real", "21_putian_cgj_2024.html"));

        await harness.OpenAsync(Uri, page);
        var diagnostics = await harness.DiagnosticsAsync(Uri);

        // Read as a page: all six parts and three tables, so no missing part or table and no error at all.
        Assert.DoesNotContain(diagnostics.EnumerateArray(), d => d.GetProperty("severity").GetInt32() == 1);
        var title = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL1006");
        var start = title.GetProperty("range").GetProperty("start");
        string line = page.Split('\n')[start.GetProperty("line").GetInt32()];
        Assert.StartsWith("莆田市城市管理局2024年度政府信息公开工作年度报告", line[start.GetProperty("character").GetInt32()..]);
    }

    [Fact]
    public async Task A_rename_fix_edits_the_page_source_and_insertions_are_not_offered()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        const string Uri = "file:///reports/draft.htm";
        const string Page = "<html><body>\n<p>示范局2025年政府信息公开工作年度报告</p>\n<p>一、基本情况</p>\n<p>正文。</p>\n</body></html>\n";

        await harness.OpenAsync(Uri, Page);
        var diagnostics = await harness.DiagnosticsAsync(Uri);

        var rename = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "OGL1003");
        var edit = rename.GetProperty("data").GetProperty("fixes")[0].GetProperty("edits")[0];
        Assert.Equal(JsonSerializer.Serialize(LanguageServerHarness.Range(2, 5, 2, 9)), edit.GetProperty("range").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("总体情况", edit.GetProperty("newText").GetString());
        var missing = diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == "OGL1001");
        Assert.False(missing.GetProperty("data").TryGetProperty("fixes", out var fixes) && fixes.ValueKind == JsonValueKind.Array && fixes.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Convert_answers_the_draft_of_a_page_on_disk_and_says_why_it_cannot()
    {
        await using var harness = await LanguageServerHarness.StartAsync();
        string page = Path.Combine(LanguageServerHarness.FixturesDirectory, "real", "19_putian_audit_2022.html");
        string notice = Path.Combine(Path.GetTempPath(), "ogl-notice-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(notice, "<html><body><p>关于开展植树活动的通知</p></body></html>");

        try
        {
            var draft = await harness.Client.RequestAsync("workspace/executeCommand", new { command = "opengovlint.convert", arguments = new object[] { new { uri = new Uri(page).AbsoluteUri } } });
            var refused = await harness.Client.RequestAsync("workspace/executeCommand", new { command = "opengovlint.convert", arguments = new object[] { new { uri = new Uri(notice).AbsoluteUri } } });

            string text = draft.GetProperty("result").GetString()!;
            Assert.Contains("## 三、收到和处理政府信息公开申请情况", text);
            Assert.Contains("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |", text);
            Assert.Equal(Protocol.JsonRpc.JsonRpcErrorCodes.InvalidParams, TestClient.ErrorCode(refused));
            Assert.Contains("年度报告", refused.GetProperty("error").GetProperty("message").GetString());
        }
        finally
        {
            File.Delete(notice);
        }
    }
}
