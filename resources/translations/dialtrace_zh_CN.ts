<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>dt::AuditLog</name>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next entry is %2)</source>
        <translation>审计记录 %1 缺失（下一条是 %2）</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) does not follow entry %4: previous-hash link broken</source>
        <translation>审计记录 %1（%3 的 %2）未接续记录 %4：前序哈希链接断裂</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) was altered: its content no longer matches its hash</source>
        <translation>审计记录 %1（%3 的 %2）已被篡改：内容与其哈希不符</translation>
    </message>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but the case recorded its head as '%2': entries were removed from the end</source>
        <translation>审计日志止于第 %1 条，但案件记录的末条为“%2”：末尾记录已被删除</translation>
    </message>
</context>
<context>
    <name>dt::AuditLogModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation>哈希 %1
前序 %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>dt::CaseFile</name>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>%3 上的进程 %1（%2）</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>%1: a file already exists there; choose another name or open it</source>
        <translation>%1：该位置已有文件；请换一个名称或直接打开它</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: locked by %2</source>
        <translation>%1：已被 %2 锁定</translation>
    </message>
    <message>
        <source>%1: cannot create the case: %2</source>
        <translation>%1：无法创建案件：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>opened read-only for review</source>
        <translation>以只读方式打开供审阅</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>文件不可写</translation>
    </message>
    <message>
        <source>the case is open for writing by %1; close it there, or open it read-only</source>
        <translation>案件正被 %1 以写入方式打开；请在那里关闭，或以只读方式打开</translation>
    </message>
    <message>
        <source>open for writing by %1</source>
        <translation>正被 %1 写入</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>not a DialTrace case file (%1)</source>
        <translation>不是 DialTrace 案件文件（%1）</translation>
    </message>
    <message>
        <source>not a DialTrace case file (it is an SQLite database of another program)</source>
        <translation>不是 DialTrace 案件文件（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取结构版本：%1</translation>
    </message>
    <message>
        <source>not a DialTrace case file (no schema)</source>
        <translation>不是 DialTrace 案件文件（没有结构）</translation>
    </message>
    <message>
        <source>the case was written by a newer DialTrace (schema version %1; this is DialTrace %2, which reads up to schema version %3). Open it with a newer DialTrace.</source>
        <translation>该案件由更新版本的 DialTrace 写入（结构版本 %1；当前为 DialTrace %2，最多可读取结构版本 %3）。请使用更新版本的 DialTrace 打开。</translation>
    </message>
    <message>
        <source>cannot configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <source>the case uses the older schema version %1 and must be upgraded to %2; open it once for writing to upgrade it</source>
        <translation>该案件使用较旧的结构版本 %1，需要升级到 %2；请以写入方式打开一次以完成升级</translation>
    </message>
    <message>
        <source>cannot upgrade the case: %1</source>
        <translation>无法升级案件：%1</translation>
    </message>
    <message>
        <source>the case is read-only (%1)</source>
        <translation>案件为只读（%1）</translation>
    </message>
</context>
<context>
    <name>dt::CaseVerifier</name>
    <message>
        <source>SQLite integrity check passed</source>
        <translation>SQLite 完整性检查通过</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性检查失败：%1</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing %3 row</source>
        <translation>表 %1 第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>every reference resolves</source>
        <translation>所有引用均有效</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s); first: %1</source>
        <translation>
            <numerusform>%n 处引用失效；第一处：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact</source>
        <translation>
            <numerusform>%n 条审计记录，哈希链完整</numerusform>
        </translation>
    </message>
    <message>
        <source>append-only guards in place</source>
        <translation>只追加保护有效</translation>
    </message>
    <message>
        <source>the audit log's append-only guards were removed</source>
        <translation>审计日志的只追加保护已被移除</translation>
    </message>
</context>
<context>
    <name>dt::SampleCase</name>
    <message>
        <source>Sample case (synthetic demo data)</source>
        <translation>示例案件（合成演示数据）</translation>
    </message>
    <message>
        <source>%1: cannot read the sample's truth.json</source>
        <translation>%1：无法读取示例的 truth.json</translation>
    </message>
    <message>
        <source>%1: cannot move the sample case into place</source>
        <translation>%1：无法将示例案件移动到位</translation>
    </message>
</context>
<context>
    <name>dt::Sha256</name>
    <message>
        <source>Hashing cancelled</source>
        <translation>哈希计算已取消</translation>
    </message>
    <message>
        <source>Read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation>%1：无法打开读取：%2</translation>
    </message>
</context>
<context>
    <name>dt::SourceRegistry</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: this file (SHA-256 %2) is already in the case as source #%3 "%4", registered %5 by %6; use --force to add it again</source>
        <translation>%1：该文件（SHA-256 %2）已作为来源 #%3“%4”于 %5 由 %6 登记；如需再次添加请使用 --force</translation>
    </message>
    <message>
        <source>%1: cannot record the source: %2</source>
        <translation>%1：无法登记来源：%2</translation>
    </message>
</context>
<context>
    <name>dt::SourcesModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation>接受行数</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>拒绝行数</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation>时钟偏移（秒）</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>登记时间（UTC）</translation>
    </message>
</context>
<context>
    <name>dt::sample::SampleGenerator</name>
    <message>
        <source>scale must be small, medium, large or a number of calls between 5000 and 10^9, not '%1'</source>
        <translation>规模必须是 small、medium、large 或 5000 到 10^9 之间的通话数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write the call files</source>
        <translation>%1：无法写入通话文件</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: write error (disk full?)</source>
        <translation>%1：写入错误（磁盘已满？）</translation>
    </message>
    <message>
        <source>this Qt has no GB18030 encoder (built without ICU)</source>
        <translation>当前 Qt 没有 GB18030 编码器（未启用 ICU 构建）</translation>
    </message>
    <message>
        <source>%1: cannot write truth.json</source>
        <translation>%1：无法写入 truth.json</translation>
    </message>
</context>
<context>
    <name>dt::sample::XlsxWriter</name>
    <message>
        <source>%1: cannot create the workbook (libzip error %2)</source>
        <translation>%1：无法创建工作簿（libzip 错误 %2）</translation>
    </message>
    <message>
        <source>%1: cannot add %2 to the workbook</source>
        <translation>%1：无法向工作簿添加 %2</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1：无法写入工作簿：%2</translation>
    </message>
</context>
<context>
    <name>dt::ui::CasePage</name>
    <message>
        <source>Verifying integrity and audit chain…</source>
        <translation>正在校验完整性和审计链…</translation>
    </message>
    <message>
        <source>Verified: SQLite integrity, references and the audit hash chain are intact.</source>
        <translation>校验通过：SQLite 完整性、引用和审计哈希链均完好。</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>校验未通过：%1</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>File: %1 · created %2 with DialTrace %3 · schema %4</source>
        <translation>文件：%1 · 创建于 %2（DialTrace %3）· 结构版本 %4</translation>
    </message>
    <message>
        <source>READ-ONLY: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>%1 sources · %2 calls · %3 numbers · %4 leak records · %5 complaints · %6 rejected rows · %7 analysis runs · %8 audit entries</source>
        <translation>%1 个来源 · %2 条通话 · %3 个号码 · %4 条泄露记录 · %5 条投诉 · %6 条拒绝行 · %7 次分析 · %8 条审计记录</translation>
    </message>
</context>
<context>
    <name>dt::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty case file</source>
        <translation>创建一个空的案件文件</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing case file</source>
        <translation>打开已有的案件文件</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>打开示例案件(&amp;S)</translation>
    </message>
    <message>
        <source>Open the synthetic demo investigation</source>
        <translation>打开合成的演示案件</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>关闭案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>校验完整性(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;About DialTrace</source>
        <translation>关于 DialTrace(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>DialTrace</source>
        <translation>DialTrace</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>已以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the sample case: %1</source>
        <translation>无法准备示例案件：%1</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase)</source>
        <translation>DialTrace 案件 (*.dtcase)</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>案件标题：</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase);;All files (*)</source>
        <translation>DialTrace 案件 (*.dtcase);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About DialTrace</source>
        <translation>关于 DialTrace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DialTrace %1&lt;/h3&gt;&lt;p&gt;Call tracing workstation for investigators of harassment, marketing and fraud calls. Runs fully offline.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DialTrace %1&lt;/h3&gt;&lt;p&gt;呼叫溯源工作站，供调查骚扰、营销和诈骗电话的办案人员使用。完全离线运行。&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dt::ui::WelcomePage</name>
    <message>
        <source>DialTrace call tracing workstation</source>
        <translation>DialTrace 呼叫溯源工作站</translation>
    </message>
    <message>
        <source>Load seized call logs and leaked personal-information lists into one case, find the operators behind unwanted calls, trace which leaked list they dialled, and export evidence a prosecutor can verify. Works fully offline.</source>
        <translation>将扣押的通话记录和泄露的个人信息名单导入同一案件，找出骚扰电话背后的运营者，追查其拨打的泄露名单来源，并导出检察官可核验的证据报告。完全离线运行。</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>最近的案件</translation>
    </message>
    <message>
        <source>No recent cases yet. Create a case, or open the sample case to explore.</source>
        <translation>还没有最近的案件。请新建案件，或打开示例案件进行体验。</translation>
    </message>
</context>
</TS>