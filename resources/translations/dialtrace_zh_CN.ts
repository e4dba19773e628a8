<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dt::Annotations</name>
    <message>
        <source>an empty note</source>
        <translation>备注为空</translation>
    </message>
</context>
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
        <source>the audit log ends at entry %1 but the case recorded its head as &apos;%2&apos;: entries were removed from the end</source>
        <translation>审计日志止于第 %1 条，但案件记录的末条为“%2”：末尾记录已被删除</translation>
    </message>
    <message>
        <source>Cannot seal the case after &apos;%1&apos;: %2</source>
        <translation>“%1”之后无法封存案件：%2</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) is not signed by the key it names: the audit log was written again without that key</source>
        <translation>审计记录 %1（%3 的 %2）的签名与其所列密钥不符：审计日志在没有该密钥的情况下被重写</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 at %3) is not signed, though the entries before it are</source>
        <translation>审计记录 %1（%3 的 %2）未签名，而它之前的记录均已签名</translation>
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
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>dt::CallsModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>基站小区</translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation>来源:行</translation>
    </message>
    <message>
        <source>Notes and tags</source>
        <translation>备注和标签</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
</context>
<context>
    <name>dt::CaseClock</name>
    <message>
        <source>UTC (unknown time zone &apos;%1&apos;)</source>
        <translation>UTC（未知时区“%1”）</translation>
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
    <message>
        <source>%1: the case is read-only (%2)</source>
        <translation>%1：案件为只读（%2）</translation>
    </message>
    <message>
        <source>%1: cannot open a second connection: %2</source>
        <translation>%1：无法打开第二个连接：%2</translation>
    </message>
    <message>
        <source>an interrupted write left %1 beside the case, which must be rolled back before the case can be read, and the folder or file is not writable; copy both files to a writable folder and open the case there</source>
        <translation>一次中断的写入在案件旁留下了 %1，须先回滚才能读取案件，但所在文件夹或文件不可写；请将这两个文件复制到可写的文件夹，再在那里打开案件</translation>
    </message>
    <message>
        <source>cannot roll back the interrupted write that left %1: %2</source>
        <translation>无法回滚留下 %1 的中断写入：%2</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos; (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)</source>
        <translation>%1：未知时区“%2”（应为 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 UTC）</translation>
    </message>
    <message>
        <source>the case is busy: another program is writing it (a command-line import?); open it again when that is done</source>
        <translation>案件正忙：另一程序正在写入（命令行导入？）；请待其完成后再打开</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)</source>
        <translation>未知时区“%1”（应为 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 UTC）</translation>
    </message>
    <message>
        <source>the case was changed outside DialTrace since it was last sealed (%1); `dialtrace-cli verify` names the change, and nothing can be added to it</source>
        <translation>案件自上次封存以来在 DialTrace 之外被修改（%1）；`dialtrace-cli verify` 会指出改动之处，且不能再向其添加任何内容</translation>
    </message>
    <message>
        <source>the case was changed outside DialTrace since it was last sealed (%1); it is not upgraded to schema version %2, and `dialtrace-cli verify` with the DialTrace that wrote it names the change</source>
        <translation>案件自上次封存以来在 DialTrace 之外被修改（%1）；不会将其升级到结构版本 %2，请用写入它的 DialTrace 运行 `dialtrace-cli verify` 查看改动之处</translation>
    </message>
    <message>
        <source>Opening the case file</source>
        <translation>正在打开案件文件</translation>
    </message>
    <message>
        <source>Upgrading the case from schema version %1 to %2: version %3</source>
        <translation>正在将案件从结构版本 %1 升级到 %2：当前第 %3 版</translation>
    </message>
    <message>
        <source>opening cancelled</source>
        <translation>打开已取消</translation>
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
    <message>
        <source>append-only guards in place</source>
        <translation>只追加保护有效</translation>
    </message>
    <message>
        <source>the audit log&apos;s append-only guards were removed</source>
        <translation>审计日志的只追加保护已被移除</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in their blocks, each number&apos;s calls listed</source>
        <translation>
            <numerusform>%n 条通话均在其数据块中，每个号码的通话均已列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact; entries %1 on signed (those before were written before cases were sealed)</source>
        <translation>
            <numerusform>%n 条审计记录，哈希链完整；自第 %1 条起均已签名（之前的记录写于案件封存功能之前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact, none signed</source>
        <translation>
            <numerusform>%n 条审计记录，哈希链完整，均未签名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries, hash chain intact, each signed</source>
        <translation>
            <numerusform>%n 条审计记录，哈希链完整，每条均已签名</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows in %2 groups match the signed root %3</source>
        <translation>%2 个分组中的 %1 行与已签名的根摘要 %3 一致</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made outside DialTrace: %1</source>
        <translation>
            <numerusform>在 DialTrace 之外有 %n 处改动：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>sealed at the upgrade from schema %1 on %2: rows from before it are vouched for by that upgrade, not by their import</source>
        <translation>于 %2 从结构版本 %1 升级时封存：升级前已有的数据以该次升级时的状态为凭，而非以导入时的状态为凭</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dt::ComplaintsModel</name>
    <message>
        <source>Reported number</source>
        <translation>被举报号码</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>举报内容</translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation>来源:行</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>dt::DeviceTimelines</name>
    <message>
        <source>the case holds no number or handset &apos;%1&apos;</source>
        <translation>案件中没有号码或手机“%1”</translation>
    </message>
    <message>
        <source>the case holds no number &apos;%1&apos;</source>
        <translation>案件中没有号码“%1”</translation>
    </message>
    <message>
        <source>the case holds no handset &apos;%1&apos;</source>
        <translation>案件中没有手机“%1”</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::ExerciseAnswers</name>
    <message>
        <source>&apos;%1&apos; is not a question of an exercise sheet (Q1, Q2, …)</source>
        <translation>“%1”不是练习题单中的题号（应为 Q1、Q2 …）</translation>
    </message>
    <message>
        <source>an answer needs an entity (a number, a list, a call&apos;s row)</source>
        <translation>答案需要指明对象（号码、名单或通话所在行）</translation>
    </message>
    <message>
        <source>there is no answer %1</source>
        <translation>没有编号为 %1 的答案</translation>
    </message>
</context>
<context>
    <name>dt::IdCard</name>
    <message numerus="yes">
        <source>%n character(s): a resident ID number has 18 (or 15 before 1999)</source>
        <translation>
            <numerusform>%n 个字符：居民身份证号码应为 18 位（1999 年前为 15 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>region masked</source>
        <translation>地区码被遮蔽</translation>
    </message>
    <message>
        <source>region %1 is not a GB/T 2260 code</source>
        <translation>地区码 %1 不是 GB/T 2260 代码</translation>
    </message>
    <message>
        <source>birth date %1 is impossible</source>
        <translation>出生日期 %1 不可能</translation>
    </message>
    <message>
        <source>masked: only the visible parts can be used (%1)</source>
        <translation>已遮蔽：只能使用可见部分（%1）</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation>前 17 位必须是数字</translation>
    </message>
    <message>
        <source>check character is %1, GB 11643 gives %2</source>
        <translation>校验码为 %1，按 GB 11643 应为 %2</translation>
    </message>
    <message>
        <source>valid (upgraded from 15 digits)</source>
        <translation>有效（由 15 位升级）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>dt::Imei</name>
    <message>
        <source>contains &apos;%1&apos;: an IMEI has digits only</source>
        <translation>包含“%1”：IMEI 只能是数字</translation>
    </message>
    <message>
        <source>14 digits: check digit %1 added</source>
        <translation>14 位：已补校验位 %1</translation>
    </message>
    <message>
        <source>IMEISV with software version %1; check digit %2 computed</source>
        <translation>IMEISV，软件版本 %1；已计算校验位 %2</translation>
    </message>
    <message>
        <source>15 digits, Luhn check digit correct</source>
        <translation>15 位，Luhn 校验位正确</translation>
    </message>
    <message>
        <source>Luhn check digit is %1, expected %2: mistyped or forged</source>
        <translation>Luhn 校验位为 %1，应为 %2：录入错误或伪造</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): an IMEI has 15 (14 without check digit, 16 as IMEISV)</source>
        <translation>
            <numerusform>%n 位：IMEI 应为 15 位（无校验位 14 位，IMEISV 16 位）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::Lookup</name>
    <message>
        <source>a masked mobile number: matched against the numbers of a case by its visible digits</source>
        <translation>打码的手机号码：按其可见数字与案件中的号码比对</translation>
    </message>
</context>
<context>
    <name>dt::PhoneClassifier</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>an e-mail address used as a calling identity (FaceTime, VoIP)</source>
        <translation>用作呼叫身份的电子邮件地址（FaceTime、网络电话）</translation>
    </message>
    <message>
        <source>a hashed or pseudonymised identifier, kept as it is</source>
        <translation>哈希或脱敏标识，按原样保留</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是号码</translation>
    </message>
    <message>
        <source>cannot be parsed as an international number</source>
        <translation>无法解析为国际号码</translation>
    </message>
    <message>
        <source>international number (%1); caller IDs from abroad are easily spoofed</source>
        <translation>国际号码（%1）；境外主叫号码容易伪造</translation>
    </message>
    <message>
        <source>international form, but not a valid number for %1</source>
        <translation>国际格式，但不是 %1 的有效号码</translation>
    </message>
    <message>
        <source>11 digits starting with 1, but %1 is not an allocated mobile segment</source>
        <translation>以 1 开头的 11 位号码，但 %1 不是已分配的移动号段</translation>
    </message>
    <message>
        <source>virtual-operator segment %1: resold, short-lived numbers favoured by auto-diallers; often cannot be called back</source>
        <translation>虚拟运营商号段 %1：转售、短期使用，常被自动拨号使用；往往无法回拨</translation>
    </message>
    <message>
        <source>segment %1 is for data and IoT cards, which place no voice calls: a voice call from it is spoofed</source>
        <translation>%1 号段用于上网卡和物联网卡，不能拨打语音电话：来自该号段的语音呼叫是伪造的</translation>
    </message>
    <message>
        <source>mobile number of %1</source>
        <translation>%1手机号码</translation>
    </message>
    <message>
        <source>95 national service number (banks, insurers, carriers): calls back reach a switchboard, not a person</source>
        <translation>95 全国服务号码（银行、保险、运营商）：回拨只能接通总机，而不是呼叫人</translation>
    </message>
    <message>
        <source>96 local service number</source>
        <translation>96 地方服务号码</translation>
    </message>
    <message>
        <source>400 nationwide number: rented, forwarded to hidden lines; not callable back to the caller</source>
        <translation>400 号码：租用并转接到隐藏线路；无法回拨到呼叫人</translation>
    </message>
    <message>
        <source>800 free-phone number</source>
        <translation>800 免费电话</translation>
    </message>
    <message>
        <source>106 SMS service port: sends messages, takes no calls</source>
        <translation>106 短信端口：只发短信，不接电话</translation>
    </message>
    <message>
        <source>public or carrier short number</source>
        <translation>公共服务或运营商短号</translation>
    </message>
    <message>
        <source>虚拟网 short number (3–6 digits): it names a member of the subscriber&apos;s closed user group only</source>
        <translation>虚拟网短号（3–6 位）：只在该用户所属的集团网内代表某个成员</translation>
    </message>
    <message>
        <source>local fixed-line number written without its area code</source>
        <translation>未带区号的本地固话号码</translation>
    </message>
    <message>
        <source>a fixed-line number needs 7 or 8 digits after area code %1</source>
        <translation>区号 %1 之后的固话号码应为 7 或 8 位</translation>
    </message>
    <message>
        <source>fixed line, area code %1</source>
        <translation>固定电话，区号 %1</translation>
    </message>
    <message>
        <source>, extension %1</source>
        <translation>，分机 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): no Chinese numbering plan shape fits</source>
        <translation>
            <numerusform>%n 位：不符合任何中国号码格式</numerusform>
        </translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
</context>
<context>
    <name>dt::Language</name>
    <message>
        <source>en</source>
        <comment>the code of this translation&apos;s language (zh_CN in the Chinese one)</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>dt::RejectedRowsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation>文件中的原始行</translation>
    </message>
</context>
<context>
    <name>dt::SampleCase</name>
    <message>
        <source>Sample case (synthetic demo data)</source>
        <translation>示例案件（合成演示数据）</translation>
    </message>
    <message>
        <source>%1: cannot read the sample&apos;s truth.json</source>
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
    <name>dt::SigningKey</name>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation>密码库（libsodium）无法启动</translation>
    </message>
    <message>
        <source>%1: the signing key can be read or written by other users (permissions %2); it must be readable by its owner only. Fix it with: chmod 600 &apos;%1&apos;</source>
        <translation>%1：签名密钥可被其他用户读取或写入（权限 %2）；它必须仅限所有者读取。修复方法：chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read the signing key: %2</source>
        <translation>%1：无法读取签名密钥：%2</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 secret key</source>
        <translation>%1：不是 Ed25519 私钥</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the signing key</source>
        <translation>%1：无法创建签名密钥所在文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write the signing key: %2</source>
        <translation>%1：无法写入签名密钥：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the public key: %2</source>
        <translation>%1：无法写入公钥：%2</translation>
    </message>
</context>
<context>
    <name>dt::SourceRegistry</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: this file (SHA-256 %2) is already in the case as source #%3 &quot;%4&quot;, registered %5 by %6; use --force to add it again</source>
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
        <source>Registered (%1)</source>
        <translation>登记时间（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) of this source are also in %1 (the same call, stored once)</source>
        <translation>
            <numerusform>本来源有 %Ln 条通话也见于 %1（同一通话，只存储一次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Calls shared with</source>
        <translation>共有通话</translation>
    </message>
</context>
<context>
    <name>dt::TrustedKeys</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not an Ed25519 public key</source>
        <translation>%1，第 %2 行：不是 Ed25519 公钥</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ed25519 public key (64 hexadecimal digits, a line &apos;ed25519 HEX NAME&apos; as `dialtrace-cli keys export` prints it, or a file holding one)</source>
        <translation>“%1”不是 Ed25519 公钥（应为 64 位十六进制数字、`dialtrace-cli keys export` 输出的一行“ed25519 HEX 名称”，或包含这样一行的文件）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>dt::VerdictOverrides</name>
    <message>
        <source>&apos;%1&apos; is not a verdict (suspect or legitimate)</source>
        <translation>“%1”不是有效结论（应为 suspect 或 legitimate）</translation>
    </message>
    <message>
        <source>a verdict needs the analyst&apos;s reason</source>
        <translation>判定须附分析员的理由</translation>
    </message>
    <message>
        <source>the case holds no number &apos;%1&apos;</source>
        <translation>案件中没有号码“%1”</translation>
    </message>
    <message>
        <source>no verdict of the analyst is recorded on &apos;%1&apos;</source>
        <translation>“%1”没有分析员判定记录</translation>
    </message>
</context>
<context>
    <name>dt::analysis::CallTable</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::analysis::CommonContacts</name>
    <message>
        <source>the case holds no number or operator &apos;%1&apos;</source>
        <translation>案件中没有号码或运营者“%1”</translation>
    </message>
    <message>
        <source>common contacts need two or more numbers or operators</source>
        <translation>查找共同联系人需要两个或更多号码或运营者</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::analysis::CommonContactsModel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation>首次通话（%1）</translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation>末次通话（%1）</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>%1 呼出</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>呼入 %1</translation>
    </message>
</context>
<context>
    <name>dt::analysis::Detector</name>
    <message>
        <source>%1: no analysis yet; run `dialtrace-cli analyze` first</source>
        <translation>%1：尚未分析；请先运行 `dialtrace-cli analyze`</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; in the analysis parameters</source>
        <translation>分析参数中的时区“%1”未知</translation>
    </message>
    <message>
        <source>cannot write the analysis run: %1</source>
        <translation>无法写出分析结果：%1</translation>
    </message>
    <message>
        <source>not an analysis run of this version of DialTrace</source>
        <translation>不是本版本 DialTrace 的分析结果</translation>
    </message>
    <message>
        <source>the analysis run is cut short or damaged</source>
        <translation>分析结果不完整或已损坏</translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakListsModel</name>
    <message numerus="yes">
        <source>compilation of %n list(s), %1 new records</source>
        <translation>
            <numerusform>由 %n 份名单汇编，新增记录 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>resold from %1</source>
        <translation>转卖自 %1</translation>
    </message>
    <message>
        <source>resold into %1</source>
        <translation>被转卖进 %1</translation>
    </message>
    <message>
        <source>not linked to another list</source>
        <translation>与其他名单无关联</translation>
    </message>
    <message>
        <source>%1 (source %2)
fields: %3
%4 full ID numbers
%5 of its %6 numbers were called by operators
%7</source>
        <translation>%1（来源 %2）
字段：%3
完整身份证号 %4 个
其 %6 个号码中有 %5 个被运营者拨打
%7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Distinct full phone numbers in the list</source>
        <translation>名单中不重复的完整手机号码数</translation>
    </message>
    <message>
        <source>Records whose phone number is masked (138****1234)</source>
        <translation>手机号码被打码（138****1234）的记录数</translation>
    </message>
    <message>
        <source>Distinct numbers of the list that an operator of the latest run called</source>
        <translation>名单中被最近一次分析的运营者拨打过的不重复号码数</translation>
    </message>
    <message>
        <source>Numbers called by operators / the list&apos;s numbers</source>
        <translation>被运营者拨打的号码数 / 名单号码数</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>号码数</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>打码</translation>
    </message>
    <message>
        <source>Dialled by operators</source>
        <translation>被运营者拨打</translation>
    </message>
    <message>
        <source>Share dialled</source>
        <translation>拨打比例</translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakMatrixModel</name>
    <message>
        <source>%1 → %2: rank %3, %4</source>
        <translation>%1 → %2：排名 %3，%4</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>%1 of the operator&apos;s victims are in the list (+%2 masked matches): %3 of its victims, %4 of the list</source>
        <translation>该运营者有 %1 名受害人在此名单中（另有 %2 条打码匹配）：占其受害人的 %3，占名单的 %4</translation>
    </message>
    <message>
        <source>first calls a median %1 days after the list was acquired (%2 to %3); %4 victims called before it</source>
        <translation>首次呼叫距名单获取日期的中位数为 %1 天（%2 至 %3 天）；%4 名受害人在获取日期之前已被呼叫</translation>
    </message>
    <message>
        <source>no acquisition date: time precedence unknown</source>
        <translation>无获取日期：无法判断时间先后</translation>
    </message>
    <message>
        <source>dialling order against list order: ρ = %1%2</source>
        <translation>拨打顺序与名单顺序的相关性：ρ = %1%2</translation>
    </message>
    <message>
        <source> (dialled in list order)</source>
        <translation>（按名单顺序拨打）</translation>
    </message>
    <message>
        <source>%1 called none of the numbers of %2</source>
        <translation>%1 未拨打 %2 中的任何号码</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s), %2 victims</source>
        <translation>
            <numerusform>%1：%n 个号码，%2 名受害人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · lift %2 · %3 victims only this list explains</source>
        <translation>%1 · 提升度 %2 · 仅此名单能解释的受害人 %3 名</translation>
    </message>
</context>
<context>
    <name>dt::analysis::LeakTrace</name>
    <message>
        <source>leak tracing cancelled</source>
        <translation>泄露溯源已取消</translation>
    </message>
</context>
<context>
    <name>dt::analysis::NumbersModel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>号码类型</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Calls out</source>
        <translation>呼出次数</translation>
    </message>
    <message>
        <source>Calls in</source>
        <translation>呼入次数</translation>
    </message>
    <message>
        <source>Distinct callees</source>
        <translation>不同被叫数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Mean duration (s)</source>
        <translation>平均通话时长（秒）</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>夜间呼叫占比</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>投诉人数</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回拨人数</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>dt::analysis::NumbersTable</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::analysis::OperatorsModel</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation>首次呼叫（%1）</translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation>最后呼叫（%1）</translation>
    </message>
</context>
<context>
    <name>dt::analysis::SupportingCallsModel</name>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Source file:line</source>
        <translation>来源文件:行</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
</context>
<context>
    <name>dt::analysis::SuspectsModel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Calls out</source>
        <translation>呼出次数</translation>
    </message>
    <message>
        <source>Per active day</source>
        <translation>每活跃日</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回拨率</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>投诉人数</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>dt::analysis::VictimTrail</name>
    <message>
        <source>nothing to trace: give a phone number, a masked number, an ID number or a name</source>
        <translation>没有可追踪的内容：请输入手机号码、打码号码、身份证号或姓名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number, a masked number (138****1234), a resident ID number or a name</source>
        <translation>“%1”不是手机号码、打码号码（138****1234）、居民身份证号或姓名</translation>
    </message>
</context>
<context>
    <name>dt::analysis::ViolationsModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>First call (%1)</source>
        <translation>首次呼叫（%1）</translation>
    </message>
    <message>
        <source>Last call (%1)</source>
        <translation>最后呼叫（%1）</translation>
    </message>
</context>
<context>
    <name>dt::callstore</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation>通话数据块 %1 已损坏（%3 条通话只有 %2 字节）</translation>
    </message>
    <message>
        <source>call block %1 overlaps the one before it</source>
        <translation>通话数据块 %1 与前一数据块重叠</translation>
    </message>
    <message>
        <source>not enough memory to sort the postings of %1 calls</source>
        <translation>内存不足，无法为 %1 条通话排序号码索引</translation>
    </message>
    <message>
        <source>call block %1 names a missing source %2</source>
        <translation>通话数据块 %1 引用了不存在的来源 %2</translation>
    </message>
    <message>
        <source>call %1 refers to a missing number, device or cell</source>
        <translation>通话 %1 引用了不存在的号码、终端或小区</translation>
    </message>
    <message>
        <source>a further row of call %1 names no call</source>
        <translation>通话 %1 的附加行未对应任何通话</translation>
    </message>
    <message>
        <source>the lists of calls of numbers from %1 do not match the calls</source>
        <translation>从 %1 起各号码的通话列表与通话记录不符</translation>
    </message>
    <message>
        <source>the lists of calls of numbers from %1 list calls that are not there</source>
        <translation>从 %1 起各号码的通话列表含有不存在的通话</translation>
    </message>
</context>
<context>
    <name>dt::callstore::BlockScan</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation>通话数据块 %1 已损坏（%3 条通话只有 %2 字节）</translation>
    </message>
</context>
<context>
    <name>dt::callstore::Reader</name>
    <message>
        <source>call block %1 is damaged (%2 bytes for %3 calls)</source>
        <translation>通话数据块 %1 已损坏（%3 条通话只有 %2 字节）</translation>
    </message>
    <message>
        <source>call postings of numbers from %1 are damaged</source>
        <translation>从 %1 起各号码的通话索引已损坏</translation>
    </message>
</context>
<context>
    <name>dt::callstore::Writer</name>
    <message>
        <source>value %1 is out of the range a call can store</source>
        <translation>数值 %1 超出通话记录可存储的范围</translation>
    </message>
    <message>
        <source>too many calls for one case</source>
        <translation>一个案件中的通话过多</translation>
    </message>
    <message>
        <source>call %1 is not in the case</source>
        <translation>通话 %1 不在案件中</translation>
    </message>
    <message>
        <source>calls %1-%2 (a block of source %3) were changed outside DialTrace since they were sealed; nothing was imported (dialtrace-cli verify names the change)</source>
        <translation>通话 %1-%2（来源 %3 的一个数据块）自封存以来在 DialTrace 之外被修改；未导入任何内容（dialtrace-cli verify 会指出改动之处）</translation>
    </message>
</context>
<context>
    <name>dt::exports::ExportData</name>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation>i2 Analyst&apos;s Notebook 图表 (*.anx)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (a folder: nodes.csv, edges.csv)</source>
        <translation>供电子表格使用的 CSV 表（一个文件夹：nodes.csv、edges.csv）</translation>
    </message>
    <message>
        <source>GEXF 1.3 for Gephi, with the calls on its timeline (*.gexf)</source>
        <translation>供 Gephi 使用的 GEXF 1.3，通话可在时间轴上回放 (*.gexf)</translation>
    </message>
    <message>
        <source>GraphML for yEd, Gephi and Cytoscape (*.graphml)</source>
        <translation>供 yEd、Gephi 和 Cytoscape 使用的 GraphML (*.graphml)</translation>
    </message>
</context>
<context>
    <name>dt::exports::ExportRunner</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>dt::exports::RunGraph</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::graph::ChartStore</name>
    <message>
        <source>the case has no saved view named &apos;%1&apos;</source>
        <translation>案件中没有名为“%1”的已存视图</translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; exists already</source>
        <translation>名为“%1”的视图已存在</translation>
    </message>
</context>
<context>
    <name>dt::graph::LinkGraph</name>
    <message>
        <source>the saved chart has an unknown version</source>
        <translation>保存的关系图版本未知</translation>
    </message>
    <message>
        <source>the saved chart has a node without a known type or key</source>
        <translation>保存的关系图中有节点缺少已知类型或键</translation>
    </message>
    <message>
        <source>the saved chart has an edge to a node it does not hold</source>
        <translation>保存的关系图中有连线指向不存在的节点</translation>
    </message>
</context>
<context>
    <name>dt::graph::LinkGraphBuilder</name>
    <message>
        <source>the case holds no number %1</source>
        <translation>案件中没有号码 %1</translation>
    </message>
    <message>
        <source>the latest analysis run has no operator %1</source>
        <translation>最近一次分析中没有运营者 %1</translation>
    </message>
    <message>
        <source>the case holds no leaked list %1</source>
        <translation>案件中没有泄露名单 %1</translation>
    </message>
    <message>
        <source>this kind of entity cannot be put on the chart by name</source>
        <translation>此类实体不能按名称放到关系图上</translation>
    </message>
    <message>
        <source>no such node on the chart</source>
        <translation>关系图上没有该节点</translation>
    </message>
    <message numerus="yes">
        <source>%n callees</source>
        <translation>
            <numerusform>%n 个被叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callers</source>
        <translation>
            <numerusform>%n 个主叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>this node is not an aggregate</source>
        <translation>该节点不是聚合节点</translation>
    </message>
</context>
<context>
    <name>dt::ingest::CompressedReader</name>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation>%1：无法打开读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot unpack: %2</source>
        <translation>%1：无法解压：%2</translation>
    </message>
    <message>
        <source>%1: the compressed data ends early, after %2 bytes unpacked (a truncated file?)</source>
        <translation>%1：压缩数据提前结束，已解压 %2 字节（文件被截断？）</translation>
    </message>
    <message>
        <source>%1: data that is not gzip after the compressed data (at byte %2)</source>
        <translation>%1：压缩数据之后有非 gzip 数据（第 %2 字节处）</translation>
    </message>
    <message>
        <source>%1: the compressed data is damaged near byte %2: %3</source>
        <translation>%1：压缩数据在第 %2 字节附近损坏：%3</translation>
    </message>
    <message>
        <source>%1: compressed %2:1, far beyond any export: refused as a possible zip bomb</source>
        <translation>%1：压缩比为 %2:1，远超任何导出文件：疑似压缩炸弹，拒绝处理</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1: cannot unpack into a temporary file: %2</source>
        <translation>%1：无法解压到临时文件：%2</translation>
    </message>
    <message>
        <source>%1: a zip archive with no file in it</source>
        <translation>%1：zip 压缩包中没有文件</translation>
    </message>
    <message>
        <source>%1: a zip archive of %2 files (%3): DialTrace imports a zip that holds one export; unpack it and import its files</source>
        <translation>%1：zip 压缩包中有 %2 个文件（%3）：DialTrace 只导入含一个导出文件的 zip；请解压后逐个导入其中的文件</translation>
    </message>
    <message>
        <source>%1: the compressed file holds nothing</source>
        <translation>%1：压缩文件中没有内容</translation>
    </message>
    <message>
        <source>%1: no reader for the export inside (%2)</source>
        <translation>%1：没有能读取其中导出文件的读取器（%2）</translation>
    </message>
</context>
<context>
    <name>dt::ingest::DateOrderResult</name>
    <message numerus="yes">
        <source>%n consecutive day(s)</source>
        <translation>
            <numerusform>连续 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) spread over %1 days</source>
        <translation>
            <numerusform>%n 天，分散在 %1 天的跨度内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Every date fits both D/M/Y and M/D/Y (e.g. &quot;%1&quot;). Under %2 the dates are %3; under %4 they are %5.</source>
        <translation>每个日期既可按 D/M/Y（日/月/年）也可按 M/D/Y（月/日/年）读取（例如“%1”）。按 %2 读取，日期为%3；按 %4 读取，则为%5。</translation>
    </message>
    <message>
        <source>The rows are in date order under %1 (%2 steps back) but not under %3 (%4).</source>
        <translation>按 %1 读取时各行按日期先后排列（%2 处倒退），按 %3 读取则不然（%4 处倒退）。</translation>
    </message>
    <message>
        <source>Within the period of the case&apos;s other sources: %1% of the dates under %2, %3% under %4.</source>
        <translation>落在本案其他来源时间范围内的日期：按 %2 读取占 %1%，按 %4 读取占 %3%。</translation>
    </message>
    <message>
        <source>No value reads as a date; the default order %1 is kept.</source>
        <translation>没有任何值能读作日期；保留默认顺序 %1。</translation>
    </message>
    <message>
        <source>The dates are written year first: there is nothing to decide.</source>
        <translation>日期以年份开头：无需判断顺序。</translation>
    </message>
    <message>
        <source>Every date reads the same in both orders (e.g. &quot;%1&quot;); the default order %2 is kept.</source>
        <translation>每个日期按两种顺序读取结果都相同（例如“%1”）；保留默认顺序 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) fit only %1 (e.g. &quot;%2&quot; is no date under %3).</source>
        <translation>
            <numerusform>有 %n 个值只能按 %1 读取（例如“%2”按 %3 读取不是有效日期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The column mixes orders: %1 values fit only D/M/Y and %2 only M/D/Y. %3, the majority, is taken (e.g. &quot;%4&quot;); the %5 values that do not fit it will be rejected.</source>
        <translation>该列混用了不同的日期顺序：%1 个值只能按 D/M/Y 读取，%2 个值只能按 M/D/Y 读取。采用占多数的 %3（例如“%4”）；不符合它的 %5 个值将被拒绝导入。</translation>
    </message>
    <message>
        <source>%1 is taken: under it the calls form the far more plausible record (evidence %2, decided from %3).</source>
        <translation>采用 %1：按此读取，这些通话构成的记录远为合理（证据值 %2，判定阈值 %3）。</translation>
    </message>
    <message>
        <source>A single date cannot tell the order; the default %1 is kept. Check it, or set the order.</source>
        <translation>只有一个日期，无法判断顺序；保留默认顺序 %1。请核实，或手动指定日期顺序。</translation>
    </message>
    <message>
        <source>Neither reading is clearly more plausible (evidence %1, needed %2); the default %3 is kept. Check it, or set the order.</source>
        <translation>两种读法都不明显更合理（证据值 %1，需要 %2）；保留默认顺序 %3。请核实，或手动指定日期顺序。</translation>
    </message>
    <message>
        <source>Order %1 set by the analyst.</source>
        <translation>日期顺序 %1 由分析人员指定。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are no date under it and will be rejected (e.g. &quot;%1&quot;).</source>
        <translation>
            <numerusform>有 %n 个值按此顺序不是有效日期，将被拒绝导入（例如“%1”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data alone say %1: %2</source>
        <translation>仅凭数据判断应为 %1：%2</translation>
    </message>
</context>
<context>
    <name>dt::ingest::DelimitedReader</name>
    <message>
        <source>%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database DialTrace knows</source>
        <translation>%1：二进制数据（含 NUL 字节）：不是 DialTrace 能识别的文本表格、电子表格或手机数据库</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos; (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)</source>
        <translation>--encoding：未知编码“%1”（UTF-8、GB18030/GBK、UTF-16LE、UTF-16BE、ISO-8859-1）</translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation>%1：没有数据行</translation>
    </message>
    <message>
        <source>%1: line %2 holds more than %3 values or %4 bytes: not a table&apos;s row. A list of numbers is read one per line: put each value on its own line.</source>
        <translation>%1：第 %2 行包含超过 %3 个值或 %4 字节，不是表格的一行。号码清单按每行一个值读取：请把每个值放在单独的一行。</translation>
    </message>
</context>
<context>
    <name>dt::ingest::FieldMapper</name>
    <message>
        <source>--map: &apos;%1&apos; is not field=Column; fields are %2</source>
        <translation>--map：“%1”不是 字段=列 的形式；可用字段为 %2</translation>
    </message>
    <message>
        <source>--map: no column &apos;%1&apos; (columns: %2)</source>
        <translation>--map：没有列“%1”（现有列：%2）</translation>
    </message>
</context>
<context>
    <name>dt::ingest::HtmlReader</name>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos; (UTF-8, GB18030/GBK, UTF-16LE, UTF-16BE, ISO-8859-1)</source>
        <translation>--encoding：未知编码“%1”（UTF-8、GB18030/GBK、UTF-16LE、UTF-16BE、ISO-8859-1）</translation>
    </message>
    <message>
        <source>%1 (the page declares %2, its bytes say otherwise)</source>
        <translation>%1（页面声明为 %2，但实际字节并非如此）</translation>
    </message>
    <message>
        <source>%1: an HTML page without a table (a bill saved before its records loaded?): cannot tell what this file holds</source>
        <translation>%1：HTML 页面中没有表格（是否在记录加载完成前保存了话单？）：无法判断该文件的内容</translation>
    </message>
    <message>
        <source>%1: an HTML page whose %2 table(s) have no header row naming call or list fields: cannot tell what this file holds; export the bill as a spreadsheet or CSV</source>
        <translation>%1：HTML 页面中的 %2 个表格都没有标明通话或名单字段的表头行：无法判断该文件的内容；请将话单导出为电子表格或 CSV</translation>
    </message>
    <message>
        <source>%1: a bill of one number&apos;s calls (对方号码 without 本机号码) that does not say its own number above the table; give it with --owner</source>
        <translation>%1：这是单个号码的话单（有“对方号码”而无“本机号码”），但表格上方未写明本机号码；请用 --owner 指定</translation>
    </message>
    <message>
        <source>%1: an HTML page over %2 MB: too large for a saved bill</source>
        <translation>%1：HTML 页面超过 %2 MB：对于保存的账单来说过大</translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation>%1：没有数据行</translation>
    </message>
</context>
<context>
    <name>dt::ingest::ImportPreviewModel</name>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Reported number</source>
        <translation>被举报号码</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Would be</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>将被拒绝：%1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
</context>
<context>
    <name>dt::ingest::Importer</name>
    <message>
        <source>%1: the case is read-only (%2)</source>
        <translation>%1：案件为只读（%2）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>--kind must be calls, leak or complaints, not &apos;%1&apos;</source>
        <translation>--kind 必须是 calls、leak 或 complaints，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: a call log needs caller and callee (or local and other number) columns; found %2. Use --map.</source>
        <translation>%1：通话记录需要主叫和被叫（或本机和对方号码）列；识别到 %2。请使用 --map。</translation>
    </message>
    <message>
        <source>%1: a call log needs a start-time column. Use --map start=Column.</source>
        <translation>%1：通话记录需要开始时间列。请使用 --map start=列名。</translation>
    </message>
    <message>
        <source>%1: cannot start the import: %2</source>
        <translation>%1：无法开始导入：%2</translation>
    </message>
    <message>
        <source>%1: no data rows (header only?)</source>
        <translation>%1：没有数据行（只有表头？）</translation>
    </message>
    <message>
        <source>%1: cannot commit the import: %2</source>
        <translation>%1：无法提交导入：%2</translation>
    </message>
    <message>
        <source>%1: no reader for the format &apos;%2&apos;</source>
        <translation>%1：没有读取格式“%2”的读取器</translation>
    </message>
    <message>
        <source>%1 changed while it was imported (%2 bytes read, %3 when the import began); nothing was imported, import it again</source>
        <translation>%1 在导入过程中被修改（读取了 %2 字节，导入开始时为 %3 字节）；未导入任何内容，请重新导入</translation>
    </message>
    <message>
        <source>--date-order must be ymd, dmy, mdy or auto, not &apos;%1&apos;</source>
        <translation>--date-order 只能是 ymd、dmy、mdy 或 auto，不能是“%1”</translation>
    </message>
    <message>
        <source>Date order %1 (%2): %3</source>
        <translation>日期顺序 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>时钟：%1</translation>
    </message>
    <message>
        <source>Clock: not measured: %1</source>
        <translation>时钟：未能测定：%1</translation>
    </message>
    <message>
        <source>%1: every row (%2) was rejected, nothing was imported; line %3: %4</source>
        <translation>%1：全部 %2 行均被拒绝，未导入任何内容；第 %3 行：%4</translation>
    </message>
    <message>
        <source>the clock offset %1 s is beyond ten years (±%2 s)</source>
        <translation>时钟偏移 %1 秒超出十年（±%2 秒）</translation>
    </message>
</context>
<context>
    <name>dt::ingest::Input</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot open for reading: %2</source>
        <translation>%1：无法打开读取：%2</translation>
    </message>
</context>
<context>
    <name>dt::ingest::JsonReader</name>
    <message>
        <source>%1: JSON, but not a list</source>
        <translation>%1：是 JSON，但不是列表</translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): not valid JSON: %4</source>
        <translation>%1：第 %2 行（第 %3 字节）：不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>a list starts with &apos;[&apos;</source>
        <translation>列表应以“[”开头</translation>
    </message>
    <message>
        <source>more after the end of the list</source>
        <translation>列表结束后还有内容</translation>
    </message>
    <message>
        <source>the list ends early (truncated file?)</source>
        <translation>列表提前结束（文件被截断？）</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; expected after an element</source>
        <translation>元素之后应为“,”或“]”</translation>
    </message>
    <message>
        <source>an element expected after &apos;,&apos;</source>
        <translation>“,”之后应有元素</translation>
    </message>
    <message>
        <source>%1: line %2: a list element over %3 MB: not a list of records</source>
        <translation>%1：第 %2 行：列表元素超过 %3 MB：不是记录列表</translation>
    </message>
    <message>
        <source>%1: line %2: objects with over %3 different keys: not a list of records</source>
        <translation>%1：第 %2 行：对象的不同键超过 %3 个：不是记录列表</translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation>%1：没有数据行</translation>
    </message>
</context>
<context>
    <name>dt::ingest::MappingModel</name>
    <message>
        <source>Caller</source>
        <translation>主叫</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>Own number</source>
        <translation>本机号码</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫方向</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>时长（毫秒）</translation>
    </message>
    <message>
        <source>Answered / disposition</source>
        <translation>接通 / 状态</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>LAC</source>
        <translation>LAC</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Reported number</source>
        <translation>被举报号码</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（未对应）</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>dt::ingest::MappingProfiles</name>
    <message>
        <source>a mapping profile needs a name and a mapping</source>
        <translation>映射方案需要名称和列映射</translation>
    </message>
</context>
<context>
    <name>dt::ingest::PhoneDbReader</name>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <source>%1: a CallLog table without number, calltype, start and duration columns (has %2)</source>
        <translation>%1：CallLog 表缺少号码、通话类型、开始时间和时长列（现有 %2）</translation>
    </message>
    <message>
        <source>%1: not a known phone database</source>
        <translation>%1：不是可识别的手机数据库</translation>
    </message>
    <message>
        <source>%1: unexpected table layout: %2</source>
        <translation>%1：表结构不符合预期：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: an SQLite database without a call table DialTrace knows (calls, ZCALLRECORD, CallLog)</source>
        <translation>%1：SQLite 数据库中没有 DialTrace 能识别的通话表（calls、ZCALLRECORD、CallLog）</translation>
    </message>
    <message>
        <source>%1: no data rows (header only?)</source>
        <translation>%1：没有数据行（只有表头？）</translation>
    </message>
</context>
<context>
    <name>dt::ingest::Reader</name>
    <message>
        <source>%1: import cancelled; the case is unchanged</source>
        <translation>%1：导入已取消；案件未改变</translation>
    </message>
</context>
<context>
    <name>dt::ingest::ReaderRegistry</name>
    <message>
        <source>%1: binary data (NUL bytes): not a text table, a spreadsheet or a phone database DialTrace knows</source>
        <translation>%1：二进制数据（含 NUL 字节）：不是 DialTrace 能识别的文本表格、电子表格或手机数据库</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (%2)</source>
        <translation>--format：未知格式“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: cannot tell what this file holds (columns: %2); say --kind and --map</source>
        <translation>%1：无法判断文件内容（列：%2）；请指定 --kind 和 --map</translation>
    </message>
</context>
<context>
    <name>dt::ingest::RowSink</name>
    <message>
        <source>--timezone: unknown time zone &apos;%1&apos; (e.g. Asia/Shanghai, UTC)</source>
        <translation>--timezone：未知时区“%1”（例如 Asia/Shanghai、UTC）</translation>
    </message>
    <message>
        <source>line %1: a call was not numbered ahead (internal error); the case is unchanged</source>
        <translation>第 %1 行：该通话未被预先编号（内部错误）；案件未改变</translation>
    </message>
    <message>
        <source>line %1: a row was not resolved ahead (internal error); the case is unchanged</source>
        <translation>第 %1 行：该行未被预先解析（内部错误）；案件未改变</translation>
    </message>
</context>
<context>
    <name>dt::ingest::SkewEstimate</name>
    <message>
        <source>No call of the case lies within the file&apos;s period: no clock offset can be measured, nothing is applied.</source>
        <translation>本案中没有落在该文件时间范围内的通话：无法测定时钟偏差，不作任何校正。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of the case lie within the file&apos;s period, but none has the same parties and duration as one of the file&apos;s: no clock offset can be measured, nothing is applied.</source>
        <translation>
            <numerusform>本案有 %n 条通话落在该文件的时间范围内，但没有一条与文件中的通话双方和时长都相同：无法测定时钟偏差，不作任何校正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n call(s) of the file pair with calls of the case: too few to measure a clock offset, nothing is applied.</source>
        <translation>
            <numerusform>文件中只有 %n 条通话能与本案通话配对：数量太少，无法测定时钟偏差，不作任何校正。</numerusform>
        </translation>
    </message>
    <message>
        <source>start %1 s later in the file than in the case (at %2: the file&apos;s clock is fast)</source>
        <translation>在文件中的开始时间比本案晚 %1 秒（于 %2：文件的时钟偏快）</translation>
    </message>
    <message>
        <source>start %1 s earlier in the file than in the case (at %2: the file&apos;s clock is slow)</source>
        <translation>在文件中的开始时间比本案早 %1 秒（于 %2：文件的时钟偏慢）</translation>
    </message>
    <message>
        <source>start at the same second in both (at %1)</source>
        <translation>在两者中的开始时间相同（于 %1）</translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 calls pair with a call of the case (same parties, durations within %3 s); %4 of them (%5%) %6.</source>
        <translation>文件的 %2 条通话中有 %1 条能与本案通话配对（双方相同，时长相差不超过 %3 秒）；其中 %4 条（%5%）%6。</translation>
    </message>
    <message>
        <source>The difference changes by %1 ppm (%2 s a day) over the %3 days of pairs.</source>
        <translation>在配对通话覆盖的 %3 天内，该差值以 %1 ppm（每天 %2 秒）的速率变化。</translation>
    </message>
    <message>
        <source> plus %1 s</source>
        <translation>加 %1 秒</translation>
    </message>
    <message>
        <source> minus %1 s</source>
        <translation>减 %1 秒</translation>
    </message>
    <message>
        <source>That is %1 h%2: the file&apos;s times look written in another time zone than assumed</source>
        <translation>即 %1 小时%2：文件中的时间似乎采用了与假定不同的时区</translation>
    </message>
    <message>
        <source> (%1 rather than %2)</source>
        <translation>（是 %1，而非 %2）</translation>
    </message>
    <message>
        <source>The evidence is clear: %1 s is added to the file&apos;s times%2. Re-importing with a clock offset of 0 undoes it.</source>
        <translation>证据明确：文件中的时间加上 %1 秒%2。以时钟偏差 0 重新导入即可撤销此校正。</translation>
    </message>
    <message>
        <source>, changing by %1 ppm</source>
        <translation>，并按 %1 ppm 的速率变化</translation>
    </message>
    <message>
        <source>The two clocks agree: nothing to correct.</source>
        <translation>两个时钟一致：无需校正。</translation>
    </message>
    <message>
        <source>Set the file&apos;s time zone rather than a clock offset; nothing is applied.</source>
        <translation>应设置该文件的时区，而不是时钟偏差；不作任何校正。</translation>
    </message>
    <message>
        <source>Too few pairs to apply it (%1 needed): nothing is applied.</source>
        <translation>配对数量太少，不足以采用（需要 %1 对）：不作任何校正。</translation>
    </message>
    <message>
        <source>The peak is not sharp enough to apply it (%1% of the pairable calls in it, %2% needed): nothing is applied.</source>
        <translation>峰值不够集中，不足以采用（可配对通话中有 %1% 落在峰内，需要 %2%）：不作任何校正。</translation>
    </message>
    <message>
        <source>Another offset, %1 s, is nearly as well supported (%2 pairs): nothing is applied.</source>
        <translation>另一个偏差值 %1 秒得到几乎同样多的支持（%2 对）：不作任何校正。</translation>
    </message>
</context>
<context>
    <name>dt::ingest::SourceClock</name>
    <message>
        <source>%1: no source &apos;%2&apos; (sources: %3)</source>
        <translation>%1：没有来源“%2”（现有来源：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is a %3 source, not a call log: it has no clock to measure</source>
        <translation>%1：来源“%2”是 %3 类来源，不是通话记录：没有可测定的时钟</translation>
    </message>
    <message>
        <source>the original file %1 is not there</source>
        <translation>原始文件 %1 已不在原处</translation>
    </message>
    <message>
        <source>the file at %1 is not the one imported (its SHA-256 differs)</source>
        <translation>%1 处的文件不是导入时的文件（SHA-256 不同）</translation>
    </message>
    <message>
        <source>%1 cannot be read again as it was imported: %2</source>
        <translation>无法按导入时的方式重新读取 %1：%2</translation>
    </message>
    <message>
        <source>no other call of the case to measure against</source>
        <translation>案件中没有其他通话可供比对测定</translation>
    </message>
    <message>
        <source>Source #%1 %2 (%3)</source>
        <translation>来源 #%1 %2（%3）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Applied: %1 s added to its times, drift %2 ppm (basis: %3)</source>
        <translation>已校正：其时间加 %1 秒，漂移 %2 ppm（依据：%3）</translation>
    </message>
    <message>
        <source>Applied: nothing (basis: %1)</source>
        <translation>已校正：无（依据：%1）</translation>
    </message>
    <message>
        <source>Measured now: %1 s, drift %2 ppm; support %3 of %4 pairable calls (%5%), spread %6 s, runner-up %7; decision %8</source>
        <translation>本次测定：%1 秒，漂移 %2 ppm；%4 条可配对通话中 %3 条支持（%5%），离散 %6 秒，次峰 %7；结论 %8</translation>
    </message>
    <message>
        <source>Not measured now: %1</source>
        <translation>本次未测定：%1</translation>
    </message>
    <message>
        <source>At import: %1 s, support %2 of %3, decision %4</source>
        <translation>导入时：%1 秒，%3 条中 %2 条支持，结论 %4</translation>
    </message>
    <message>
        <source>Shares %1 calls with #%2 %3</source>
        <translation>与 #%2 %3 共有 %1 条通话</translation>
    </message>
</context>
<context>
    <name>dt::ingest::TimesPreview</name>
    <message>
        <source>Only a call log&apos;s clock is measured.</source>
        <translation>只测定通话记录的时钟。</translation>
    </message>
    <message>
        <source>The clock offset is given (%1 s): nothing is measured.</source>
        <translation>已指定时钟偏移（%1 秒）：不再测定。</translation>
    </message>
    <message>
        <source>The measure was cancelled.</source>
        <translation>测定已取消。</translation>
    </message>
    <message>
        <source>The clock is not measured: %1</source>
        <translation>未测定时钟：%1</translation>
    </message>
    <message>
        <source>The case has no calls yet: there is nothing to measure the file&apos;s clock against.</source>
        <translation>案件中还没有通话：没有可用来测定该文件时钟的对照。</translation>
    </message>
</context>
<context>
    <name>dt::ingest::XlsxReader</name>
    <message>
        <source>%1: a zip file, but not an xlsx workbook (no xl/workbook.xml)</source>
        <translation>%1：是 zip 文件，但不是 xlsx 工作簿（没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation>%1：工作簿中没有工作表 %2</translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s XML is damaged at line %2: %3</source>
        <translation>%1：工作表 XML 在第 %2 行损坏：%3</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s date system (workbookPr date1904=&quot;%2&quot;) is neither 1900 nor 1904</source>
        <translation>%1：工作簿的日期系统（workbookPr date1904=&quot;%2&quot;）既不是 1900 也不是 1904</translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation>%1：没有数据行</translation>
    </message>
    <message>
        <source>%1: from its row %2 on, the sheet was read by the general XML reader (slower, the same rows): the fast reader does not read %3</source>
        <translation>%1：工作表从第 %2 行起改由通用 XML 解析器读取（较慢，读出的行完全相同）：快速读取器不读取%3</translation>
    </message>
    <message>
        <source>an XML declaration other than version 1.0 in UTF-8</source>
        <translation>非 1.0 版本或非 UTF-8 编码的 XML 声明</translation>
    </message>
    <message>
        <source>a CDATA section with a character it leaves to the XML reader</source>
        <translation>含有须交由 XML 解析器处理的字符的 CDATA 段</translation>
    </message>
    <message>
        <source>the end of the part inside a CDATA section</source>
        <translation>在 CDATA 段内就已结束的部件</translation>
    </message>
    <message>
        <source>the end of the part inside an element</source>
        <translation>在元素内就已结束的部件</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外的文本</translation>
    </message>
    <message>
        <source>text with a character or an entity it leaves to the XML reader</source>
        <translation>含有须交由 XML 解析器处理的字符或实体的文本</translation>
    </message>
    <message>
        <source>the end of the part inside a tag</source>
        <translation>在标签内就已结束的部件</translation>
    </message>
    <message>
        <source>an end tag that does not close the open element</source>
        <translation>与当前打开元素不匹配的结束标签</translation>
    </message>
    <message>
        <source>a comment or a DTD</source>
        <translation>注释或 DTD</translation>
    </message>
    <message>
        <source>a processing instruction</source>
        <translation>处理指令</translation>
    </message>
    <message>
        <source>a start tag that is not well formed</source>
        <translation>格式不正确的开始标签</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>第二个根元素</translation>
    </message>
    <message>
        <source>a namespace declared below the root element</source>
        <translation>在根元素以下声明的命名空间</translation>
    </message>
    <message>
        <source>an undeclared namespace prefix</source>
        <translation>未声明的命名空间前缀</translation>
    </message>
    <message>
        <source>too many kinds of elements</source>
        <translation>种类过多的元素</translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation>嵌套过深的元素</translation>
    </message>
    <message>
        <source>a row number that is not a number</source>
        <translation>不是数字的行号</translation>
    </message>
    <message>
        <source>a cell reference with an entity or white space</source>
        <translation>含有实体或空白的单元格引用</translation>
    </message>
    <message>
        <source>a cell reference past the last column</source>
        <translation>超出最后一列的单元格引用</translation>
    </message>
    <message>
        <source>a cell type with an entity or white space</source>
        <translation>含有实体或空白的单元格类型</translation>
    </message>
    <message>
        <source>a shared string index that is not a number</source>
        <translation>不是数字的共享字符串序号</translation>
    </message>
</context>
<context>
    <name>dt::ingest::ZipArchive</name>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation>%1：不是可读取的 zip 压缩包（%2）</translation>
    </message>
    <message>
        <source>%1: %2 would unpack to %3 MB, over the %4 MB limit: refused as a possible zip bomb</source>
        <translation>%1：%2 解压后为 %3 MB，超过 %4 MB 上限：疑似压缩炸弹，拒绝处理</translation>
    </message>
    <message>
        <source>%1: %2 is compressed %3:1, far beyond any export: refused as a possible zip bomb</source>
        <translation>%1：%2 压缩比为 %3:1，远超任何导出文件：疑似压缩炸弹，拒绝处理</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1：%2 无法读取：%3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is compressed %2:1, far beyond any export: refused as a possible zip bomb</source>
        <translation>%1 压缩比为 %2:1，远超任何导出文件：疑似压缩炸弹，拒绝处理</translation>
    </message>
</context>
<context>
    <name>dt::report::Report</name>
    <message>
        <source>unknown language &apos;%1&apos; (zh or en)</source>
        <translation>未知语言“%1”（zh 或 en）</translation>
    </message>
    <message>
        <source>unknown audience &apos;%1&apos; (prosecutor, trainer or internal)</source>
        <translation>未知阅读对象“%1”（prosecutor、trainer 或 internal）</translation>
    </message>
    <message>
        <source>%1: the report must end in .pdf, .html or .htm</source>
        <translation>%1：报告文件须以 .pdf、.html 或 .htm 结尾</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>%1: no manifest next to the report (%2)</source>
        <translation>%1：报告旁没有签名清单（%2）</translation>
    </message>
    <message>
        <source>%1: not a DialTrace report manifest</source>
        <translation>%1：不是 DialTrace 报告签名清单</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>SHA-256 %1 matches the manifest</source>
        <translation>SHA-256 %1 与清单一致</translation>
    </message>
    <message>
        <source>%1: the report was changed after it was signed (SHA-256 %2, manifest says %3)</source>
        <translation>%1：报告在签名后被改动（SHA-256 为 %2，清单记录为 %3）</translation>
    </message>
    <message>
        <source>Ed25519 signature valid, workstation key %1</source>
        <translation>Ed25519 签名有效，工作站密钥 %1</translation>
    </message>
    <message>
        <source>%1: the manifest&apos;s signature does not match its contents</source>
        <translation>%1：清单的签名与其内容不符</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>%1 verifies (%2)</source>
        <translation>%1 校验通过（%2）</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 校验未通过：%2</translation>
    </message>
    <message>
        <source>made from the case as sealed by audit entry %1 (%2 at %3)</source>
        <translation>生成自审计记录 %1（%3 的 %2）所封存的案件状态</translation>
    </message>
    <message>
        <source>made from the case as it is now sealed</source>
        <translation>生成自案件当前封存的状态</translation>
    </message>
    <message>
        <source>%1: the manifest names no case state (a report from before cases were sealed)</source>
        <translation>%1：清单未注明案件状态（案件封存功能之前生成的报告）</translation>
    </message>
    <message>
        <source>%1 was not made from %2: the case never held the state it names (root %3)</source>
        <translation>%1 并非生成自 %2：该案件从未处于其所注明的状态（根摘要 %3）</translation>
    </message>
    <message>
        <source>analysis run %1 is in the case, on the same inputs</source>
        <translation>分析运行 %1 在案件中，且输入相同</translation>
    </message>
    <message>
        <source>analysis run %1 is not in the case as the manifest names it</source>
        <translation>案件中没有清单所注明的分析运行 %1</translation>
    </message>
    <message>
        <source>file name %1 as signed</source>
        <translation>文件名 %1 与签名时一致</translation>
    </message>
    <message>
        <source>%1: the report was renamed: it was signed as %2</source>
        <translation>%1：报告已被改名：签名时的文件名为 %2</translation>
    </message>
    <message>
        <source>key %1 is trusted here (%2)</source>
        <translation>密钥 %1 在此受信任（%2）</translation>
    </message>
    <message>
        <source>%1: signed by key %2, which is not trusted here (dialtrace-cli keys trust)</source>
        <translation>%1：由密钥 %2 签名，该密钥在此不受信任（dialtrace-cli keys trust）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dt::sample::SampleGenerator</name>
    <message>
        <source>scale must be small, medium, large or a number of calls between 5000 and 10^9, not &apos;%1&apos;</source>
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
    <name>dt::seal::Seal</name>
    <message>
        <source>%1: rows sealed before (up to id %2) are gone; the case was changed outside DialTrace</source>
        <translation>%1：先前封存的行（至 id %2）已消失；案件在 DialTrace 之外被修改</translation>
    </message>
    <message>
        <source>calls: blocks sealed before (up to call %1) are gone; the case was changed outside DialTrace</source>
        <translation>通话：先前封存的数据块（至通话 %1）已消失；案件在 DialTrace 之外被修改</translation>
    </message>
    <message>
        <source>the case has no audit log to seal after</source>
        <translation>案件没有可供封存的审计日志</translation>
    </message>
    <message>
        <source>its seal is missing</source>
        <translation>其封存记录缺失</translation>
    </message>
    <message>
        <source>the signature of its seal does not match</source>
        <translation>其封存记录的签名不符</translation>
    </message>
    <message>
        <source>its stored digests do not match its signed root</source>
        <translation>其存储的摘要与已签名的根摘要不符</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 已被修改</translation>
    </message>
    <message>
        <source>%1 has rows after id %2 that were never sealed</source>
        <translation>%1 在 id %2 之后有从未封存的行</translation>
    </message>
    <message>
        <source>%1 lost its last rows (sealed up to id %2, now %3)</source>
        <translation>%1 的末尾几行已丢失（封存至 id %2，现为 %3）</translation>
    </message>
    <message>
        <source>its seal follows audit entry %1, but the audit log ends at %2</source>
        <translation>其封存记录位于审计记录 %1 之后，但审计日志止于 %2</translation>
    </message>
    <message>
        <source>%1: 1 row added (%2 %3)</source>
        <translation>%1：新增 1 行（%2 %3）</translation>
    </message>
    <message>
        <source>%1: 1 row deleted (%2 %3)</source>
        <translation>%1：删除 1 行（%2 %3）</translation>
    </message>
    <message>
        <source>%1: 1 row changed (%2 %3)</source>
        <translation>%1：修改 1 行（%2 %3）</translation>
    </message>
    <message>
        <source>%1: %2 rows added among %3 %4-%5</source>
        <translation>%1：在 %3 %4-%5 中新增 %2 行</translation>
    </message>
    <message>
        <source>%1: %2 rows deleted among %3 %4-%5</source>
        <translation>%1：在 %3 %4-%5 中删除 %2 行</translation>
    </message>
    <message>
        <source>%1: rows changed among %2 %3-%4</source>
        <translation>%1：%2 %3-%4 中有行被修改</translation>
    </message>
    <message>
        <source>source %1 (%2)</source>
        <translation>来源 %1（%2）</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>行 %1</translation>
    </message>
    <message>
        <source>%1: %2 deleted</source>
        <translation>%1：%2 已删除</translation>
    </message>
    <message>
        <source>%1: %2 changed (%3)</source>
        <translation>%1：%2 已修改（%3）</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1：%2 为新增</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1：已被修改</translation>
    </message>
    <message>
        <source>%1: 1 row added (id %2)</source>
        <translation>%1：新增 1 行（id %2）</translation>
    </message>
    <message>
        <source>%1: %2 rows added (ids %3)</source>
        <translation>%1：新增 %2 行（id %3）</translation>
    </message>
    <message>
        <source>%1: a block was added (calls %2-%3)</source>
        <translation>%1：新增了一个数据块（通话 %2-%3）</translation>
    </message>
    <message>
        <source>%1: block %2 differs (calls %3-%4)</source>
        <translation>%1：数据块 %2 不一致（通话 %3-%4）</translation>
    </message>
    <message>
        <source>%1: block %2 was deleted (calls %3-%4)</source>
        <translation>%1：数据块 %2 已被删除（通话 %3-%4）</translation>
    </message>
    <message>
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>%1: 1 row added (call %2)</source>
        <translation>%1：新增 1 行（通话 %2）</translation>
    </message>
    <message>
        <source>%1: %2 rows added (calls %3)</source>
        <translation>%1：新增 %2 行（通话 %3）</translation>
    </message>
    <message>
        <source>the case has no seal (it was written before schema 12)</source>
        <translation>案件没有封存记录（写于第 12 版模式之前）</translation>
    </message>
    <message>
        <source>the case&apos;s seal is missing (seal_head was deleted)</source>
        <translation>案件的封存记录缺失（seal_head 已被删除）</translation>
    </message>
    <message>
        <source>the seal&apos;s signature does not match it: its root was written again without the key</source>
        <translation>封存记录的签名与其不符：其根摘要在没有密钥的情况下被重写</translation>
    </message>
    <message>
        <source>the seal was made after audit entry %1, but the audit log ends at entry %2</source>
        <translation>封存记录生成于审计记录 %1 之后，但审计日志止于第 %2 条</translation>
    </message>
    <message>
        <source>the seal&apos;s stored digests do not match its signed root (seal_groups was changed)</source>
        <translation>封存记录存储的摘要与已签名的根摘要不符（seal_groups 被修改）</translation>
    </message>
    <message>
        <source>the seal&apos;s records of %1 do not match their digest (seal_chunks was changed)</source>
        <translation>%1 的封存记录与其摘要不符（seal_chunks 被修改）</translation>
    </message>
    <message>
        <source>%1: not sealed</source>
        <translation>%1：未封存</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the table is gone</source>
        <translation>%1：该表已不存在</translation>
    </message>
</context>
<context>
    <name>dt::seal::Tables</name>
    <message>
        <source>%1 of run %2</source>
        <translation>运行 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 of source %2 (%3)</source>
        <translation>来源 %2（%3）的 %1</translation>
    </message>
    <message>
        <source>%1 of source %2</source>
        <translation>来源 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>dt::training::ExerciseKey</name>
    <message>
        <source>unknown scenario &apos;%1&apos; (%2)</source>
        <translation>未知场景“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (zh or en)</source>
        <translation>未知语言“%1”（zh 或 en）</translation>
    </message>
    <message>
        <source>unknown difficulty &apos;%1&apos; (easy, medium or hard)</source>
        <translation>未知难度“%1”（easy、medium 或 hard）</translation>
    </message>
</context>
<context>
    <name>dt::training::ExercisePack</name>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
    <message>
        <source>%1: the folder is not empty; an exercise pack needs a folder of its own</source>
        <translation>%1：文件夹不为空；练习包需要单独的文件夹</translation>
    </message>
    <message>
        <source>%1: cannot read the generator&apos;s truth</source>
        <translation>%1：无法读取生成器的真值数据</translation>
    </message>
    <message>
        <source>%1: cannot remove the generator&apos;s truth from the pack</source>
        <translation>%1：无法从练习包中删除生成器的真值数据</translation>
    </message>
</context>
<context>
    <name>dt::training::SealedKey</name>
    <message>
        <source>the trainer&apos;s passphrase must have at least %1 characters</source>
        <translation>教员口令至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>libsodium cannot be initialised</source>
        <translation>无法初始化 libsodium</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>内存不足，无法由口令派生密钥</translation>
    </message>
    <message>
        <source>not a DialTrace answer key</source>
        <translation>不是 DialTrace 答案密钥文件</translation>
    </message>
    <message>
        <source>the answer key has been altered: its signature does not match</source>
        <translation>答案密钥已被篡改：签名不符</translation>
    </message>
    <message>
        <source>the answer key was made by a newer DialTrace (format version %1)</source>
        <translation>答案密钥由更新版本的 DialTrace 生成（格式版本 %1）</translation>
    </message>
    <message>
        <source>the answer key is damaged</source>
        <translation>答案密钥已损坏</translation>
    </message>
    <message>
        <source>wrong passphrase for this answer key</source>
        <translation>该答案密钥的口令不正确</translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file</source>
        <translation>%1：无法读取口令文件</translation>
    </message>
    <message>
        <source>the trainer&apos;s passphrase is needed: --passphrase-file FILE or DIALTRACE_TRAINER_PASSPHRASE</source>
        <translation>需要教员口令：--passphrase-file 文件 或环境变量 DIALTRACE_TRAINER_PASSPHRASE</translation>
    </message>
</context>
<context>
    <name>dt::ui::ActivityCharts</name>
    <message>
        <source>Select an operator or a number to see when it called.</source>
        <translation>选择一个团伙或号码，查看其呼叫时间分布。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s) placed</source>
        <translation>
            <numerusform>%1：呼出 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>每日呼出量</translation>
    </message>
    <message>
        <source>Calls by hour of day</source>
        <translation>各小时呼出量</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>小时 × 星期</translation>
    </message>
    <message>
        <source>Call durations (s)</source>
        <translation>通话时长（秒）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Leaked list acquired → victim&apos;s first call (days)</source>
        <translation>泄露名单获取 → 受害人首次被叫（天）</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>受害人数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n victim(s)</source>
        <translation>
            <numerusform>%1：%n 名受害人</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per day (%1)</source>
        <translation>每日呼出量（%1）</translation>
    </message>
    <message>
        <source>Calls by hour of day (%1)</source>
        <translation>各小时呼出量（%1）</translation>
    </message>
    <message>
        <source>Hour × weekday (%1)</source>
        <translation>小时 × 星期（%1）</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通话数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <comment>a leaked list and its victims in the lag chart&apos;s key</comment>
        <translation>
            <numerusform>%1：%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::AddNoteCommand</name>
    <message>
        <source>note on %1</source>
        <translation>%1 的备注</translation>
    </message>
</context>
<context>
    <name>dt::ui::AnalysisPage</name>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Run %1 (%2, DialTrace %3): %4 suspect numbers in %5 operators; %6 high-volume numbers judged legitimate.</source>
        <translation>第 %1 次分析（%2，DialTrace %3）：%5 个运营者中的 %4 个可疑号码；%6 个高呼叫量号码判定为正常。</translation>
    </message>
    <message>
        <source>Analysing the calls…</source>
        <translation>正在分析通话…</translation>
    </message>
    <message>
        <source>Run analysis</source>
        <translation>运行分析</translation>
    </message>
    <message>
        <source>No analysis yet: run it to score the numbers and find the operators.</source>
        <translation>尚未分析：运行分析以给号码评分并找出运营者。</translation>
    </message>
    <message>
        <source>Analysis cancelled; nothing was stored.</source>
        <translation>分析已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Cancelling the analysis…</source>
        <translation>正在取消分析…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
        <translation>正在读取最近一次分析结果…</translation>
    </message>
    <message>
        <source>Analysing the calls… %1%</source>
        <translation>正在分析通话… %1%</translation>
    </message>
    <message>
        <source>Analysing the calls… %1% (about %2 s left)</source>
        <translation>正在分析通话… %1%（约剩 %2 秒）</translation>
    </message>
    <message>
        <source>Storing the analysis run…</source>
        <translation>正在保存分析结果…</translation>
    </message>
</context>
<context>
    <name>dt::ui::AnalysisProcess</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>dt::ui::CallsWindowBar</name>
    <message>
        <source>Previous %1</source>
        <translation>上 %1 条</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>下 %1 条</translation>
    </message>
    <message>
        <source>Calls %1–%2 of %3</source>
        <translation>第 %1–%2 条通话，共 %3 条</translation>
    </message>
</context>
<context>
    <name>dt::ui::CasePage</name>
    <message>
        <source>Verifying integrity and audit chain…</source>
        <translation>正在校验完整性和审计链…</translation>
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
        <source>READ-ONLY: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>%1 sources · %2 calls · %3 numbers · %4 leak records · %5 complaints · %6 rejected rows · %7 analysis runs · %8 audit entries</source>
        <translation>%1 个来源 · %2 条通话 · %3 个号码 · %4 条泄露记录 · %5 条投诉 · %6 条拒绝行 · %7 次分析 · %8 条审计记录</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Calls of a number (any spelling) — Return</source>
        <translation>某号码的通话（任意写法）— 回车</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
    <message>
        <source>Add a note to call %1…</source>
        <translation>为通话 %1 添加备注…</translation>
    </message>
    <message>
        <source>Tag call %1…</source>
        <translation>为通话 %1 添加标签…</translation>
    </message>
    <message>
        <source>Note on call %1</source>
        <translation>通话 %1 的备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Tag call %1</source>
        <translation>为通话 %1 添加标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>举报（%1）</translation>
    </message>
    <message>
        <source>File: %1 · created %2 with DialTrace %3 · schema %4 · times in %5</source>
        <translation>文件：%1 · 创建于 %2（DialTrace %3）· 结构版本 %4 · 时间按 %5 显示</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Counting the calls, numbers and records…</source>
        <translation>正在统计通话、号码和记录…</translation>
    </message>
    <message>
        <source>Loading the calls of %1…</source>
        <translation>正在加载 %1 的通话…</translation>
    </message>
    <message>
        <source>The case has no number %1.</source>
        <translation>案件中没有号码 %1。</translation>
    </message>
    <message>
        <source>%1 (trusted as %2)</source>
        <translation>%1（受信任名称：%2）</translation>
    </message>
    <message>
        <source>Verified and trusted: SQLite integrity, references, the audit chain and the seal are intact; signed by %1.</source>
        <translation>已验证且受信任：SQLite 完整性、引用关系、审计链和封存摘要均完好；签名者：%1。</translation>
    </message>
    <message>
        <source>Intact, but NOT trusted: the case is unchanged, but nothing in it is signed, so nothing says which workstation made it.</source>
        <translation>内容完好，但不受信任：案件未被改动，但其中没有任何签名，无法证明由哪台工作站制作。</translation>
    </message>
    <message numerus="yes">
        <source>Intact, but NOT trusted: the case is unchanged since it was sealed, but signed by %n key(s) this workstation does not trust: %1. Compare the fingerprint with its owner, then trust it (dialtrace-cli keys trust).</source>
        <translation>
            <numerusform>内容完好，但不受信任：案件自封存以来未被改动，但由 %n 个本工作站不信任的密钥签名：%1。请与密钥持有人核对指纹后再信任它（dialtrace-cli keys trust）。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>BROKEN, changed outside DialTrace: %1</source>
        <translation>已损坏，在 DialTrace 之外被修改：%1</translation>
    </message>
    <message>
        <source>No matches: no call of this case involves %1.</source>
        <translation>无匹配：本案中没有涉及 %1 的通话。</translation>
    </message>
    <message>
        <source>No calls in this case yet: import call records (Case → Import Files).</source>
        <translation>本案尚无通话：请导入通话记录（案件 → 导入文件）。</translation>
    </message>
</context>
<context>
    <name>dt::ui::ChartCaptionBand</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>the first call</source>
        <translation>第一次通话</translation>
    </message>
    <message>
        <source>the last call</source>
        <translation>最后一次通话</translation>
    </message>
    <message>
        <source>all calls of the case</source>
        <translation>案件的全部通话</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Calls shown: %1</source>
        <translation>所示通话：%1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>导出时间：%1</translation>
    </message>
</context>
<context>
    <name>dt::ui::CliProcess</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>%1 ended with code %2</source>
        <translation>%1 以退出码 %2 结束</translation>
    </message>
</context>
<context>
    <name>dt::ui::DemoDialog</name>
    <message>
        <source>What was seized and imported</source>
        <translation>扣押并导入了哪些文件</translation>
    </message>
    <message>
        <source>Each number&apos;s profile</source>
        <translation>每个号码的画像</translation>
    </message>
    <message>
        <source>Which numbers look like nuisance callers</source>
        <translation>哪些号码像骚扰来电</translation>
    </message>
    <message>
        <source>From numbers to operations</source>
        <translation>从号码到团伙</translation>
    </message>
    <message>
        <source>Which leaked lists they dialled</source>
        <translation>他们拨打的是哪份泄露名单</translation>
    </message>
    <message>
        <source>Which rules were broken</source>
        <translation>违反了哪些规定</translation>
    </message>
    <message>
        <source>The evidence report</source>
        <translation>证据报告</translation>
    </message>
    <message>
        <source>The Sources tab lists every file imported into the case: its SHA-256, the rows accepted and rejected, the time zone and any clock correction. Nothing is changed or dropped silently: a rejected row is kept with its reason, and every step is in the audit log.</source>
        <translation>“来源”页列出导入案件的每个文件：其 SHA-256、接受和拒收的行数、时区以及时钟校正。任何数据都不会被悄悄修改或丢弃：拒收的行连同原因一并保留，每一步都记入审计日志。</translation>
    </message>
    <message>
        <source>For every number the case builds a profile from its calls: calls a day, answer rate, call lengths, hours, handsets (IMEI) and cells. The details panel on the right shows the profile of the number chosen in any view.</source>
        <translation>系统根据通话为每个号码建立画像：日呼叫量、接通率、通话时长、呼叫时段、使用的手机（IMEI）和基站。在任一视图中选中号码，右侧的详情面板即显示其画像。</translation>
    </message>
    <message>
        <source>Detection scores each number against the signs of nuisance calling (many short, unanswered calls to strangers, at a machine&apos;s pace) and says why. A high score is a lead to check, not proof: legitimate bulk callers such as couriers score high too.</source>
        <translation>检测按骚扰呼叫的特征（以机器般的节奏向陌生人大量拨打短时、未接通的电话）为每个号码打分并说明理由。高分只是需要核查的线索，不是证据：快递等正常的大量呼叫方得分同样很高。</translation>
    </message>
    <message>
        <source>Numbers that share handsets or cells, dial the same people, or take over when another stops are grouped into operations. The link chart shows who is tied to whom, and by what evidence.</source>
        <translation>共用手机或基站、拨打同一批人、或在另一号码停用后接替呼叫的号码被归为同一团伙。关系图显示谁与谁相关联，以及依据何在。</translation>
    </message>
    <message>
        <source>The numbers each operation dialled are compared with the leaked lists: a list most of whose people were called, after it was acquired, is the operation&apos;s source. Lists compiled from other lists show as a lineage.</source>
        <translation>将各团伙拨打的号码与泄露名单比对：名单获取之后，其中大部分人都被呼叫过，这份名单就是该团伙的号源。由其他名单整合而成的名单显示为名单谱系。</translation>
    </message>
    <message>
        <source>The calls are checked against the rules of the 2018 campaign: calls after a complaint, outside permitted hours, marketing from service numbers, auto-dialler volumes. Each violation names the calls that support it.</source>
        <translation>按 2018 年专项整治的规定检查通话：被举报后继续呼叫、在允许时段之外呼叫、用服务号码做营销、自动外呼的呼叫量。每项违规都列出佐证它的通话。</translation>
    </message>
    <message>
        <source>Everything found goes into a signed evidence report, every figure traceable to the file and line it came from. Open it to show the preview.</source>
        <translation>所有发现写入一份经签名的证据报告，每个数字都可追溯到其来源文件和行号。打开报告即可展示预览。</translation>
    </message>
    <message>
        <source>Demo Mode: step %1 of %2</source>
        <translation>演示模式：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Open the Report…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityFindings</name>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>No analysis yet: run it to score the numbers and find the operators.</source>
        <translation>尚未分析：运行分析以给号码评分并找出运营者。</translation>
    </message>
    <message>
        <source>Analysis (run %1)</source>
        <translation>分析（第 %1 次运行）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The run did not score it: too few calls, or an ordinary pattern.</source>
        <translation>本次分析未对其评分：通话太少，或属于普通模式。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityPanel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>归属地</translation>
    </message>
    <message>
        <source>Callability</source>
        <translation>可回拨性</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>签发地</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Numbers in the case that fit</source>
        <translation>案件中符合的号码</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>TAC (model batch)</source>
        <translation>TAC（同批机型）</translation>
    </message>
    <message>
        <source>Open a case to see its calls, leaks and complaints.</source>
        <translation>打开案件后可查看其通话、泄露记录和投诉。</translation>
    </message>
    <message>
        <source>Not found in this case.</source>
        <translation>本案件中没有找到。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>%1 to %2 numbers</source>
        <translation>%1 次，涉及 %2 个号码</translation>
    </message>
    <message>
        <source>Calls received</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>%1 from %2 numbers</source>
        <translation>%1 次，来自 %2 个号码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Handsets (IMEI)</source>
        <translation>终端（IMEI）</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选号码</translation>
    </message>
    <message>
        <source>In leaked lists (%1)</source>
        <translation>出现在泄露名单中（%1）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaints about it (%1)</source>
        <translation>被投诉（%1）</translation>
    </message>
    <message>
        <source>Complaints it made (%1)</source>
        <translation>发起的投诉（%1）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Handsets of the same model batch (TAC) in the case (%1)</source>
        <translation>案件中同一批次机型（TAC）的终端（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>Take the tag off</source>
        <translation>去掉此标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a note, or #tag, on this entity — Return (Edit → Undo takes it back)</source>
        <translation>为此实体添加备注或 #标签 — 回车（编辑 → 撤销可收回）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Operator (analysis run %1)</source>
        <translation>运营者（第 %1 次分析）</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>号码（%1）</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Why these numbers are one operator (%1 links)</source>
        <translation>为何这些号码属于同一运营者（%1 条关联）</translation>
    </message>
    <message>
        <source>Leaked lists it dialled</source>
        <translation>其拨打的泄露名单</translation>
    </message>
    <message>
        <source>%1 of its victims, lift %2</source>
        <translation>其受害人中 %1 人，提升度 %2</translation>
    </message>
    <message>
        <source>Leaked list</source>
        <translation>泄露名单</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected</source>
        <translation>接受 %1 条，拒绝 %2 条</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>号码数</translation>
    </message>
    <message>
        <source>Masked phones</source>
        <translation>打码手机号</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Dialled by operators</source>
        <translation>被运营者拨打</translation>
    </message>
    <message>
        <source>%1 of its people (analysis run %2)</source>
        <translation>名单中 %1 人（第 %2 次分析）</translation>
    </message>
    <message>
        <source>Number (any spelling), 138****1234, ID number, name, OPR-001 or a list — Return</source>
        <translation>号码（任意写法）、138****1234、身份证号、姓名、OPR-001 或名单名 — 回车</translation>
    </message>
    <message>
        <source>%1 (not significant)</source>
        <translation>%1（不显著）</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Call records naming it, per source file</source>
        <translation>涉及该号码的通话记录（按来源文件）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::EntityPanelDevices</name>
    <message>
        <source>Numbers used in this handset (%1)</source>
        <translation>在这部手机中使用过的号码（%1）</translation>
    </message>
    <message>
        <source>Handsets over time (%1)</source>
        <translation>先后使用的手机（%1）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>First — last call</source>
        <translation>首次 — 末次通话</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
</context>
<context>
    <name>dt::ui::ExerciseAnswersDialog</name>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Answer %1 recorded for %2.</source>
        <translation>已为 %2 记录答案 %1。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Answer %1 removed (the audit log keeps it).</source>
        <translation>已删除答案 %1（审计日志中仍有记录）。</translation>
    </message>
    <message>
        <source>Exercise Answers</source>
        <translation>练习答案</translation>
    </message>
    <message>
        <source>Record each answer to the exercise sheet&apos;s questions: one entity (a number, a list, a call) per answer, with a note on how you found it. The exercise&apos;s sheet was not found next to the case&apos;s files: type the question&apos;s id (Q1, Q2, …) as the printed sheet gives it.</source>
        <translation>逐条记录练习题单中各问题的答案：每条答案一个对象（号码、名单或通话），并在备注中写明依据。在案件文件旁未找到练习题单：请按纸质题单输入题号（Q1、Q2 …）。</translation>
    </message>
    <message>
        <source>Record each answer to the exercise sheet&apos;s questions: one entity (a number, a list, a call) per answer, with a note on how you found it. Questions from %1.</source>
        <translation>逐条记录练习题单中各问题的答案：每条答案一个对象（号码、名单或通话），并在备注中写明依据。题目取自 %1。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>对象(&amp;E)：</translation>
    </message>
    <message>
        <source>a number in any spelling, a list&apos;s name, a call (FILE:LINE or call:ID)</source>
        <translation>任意写法的号码、名单名称或通话（文件:行号 或 call:编号）</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>取值(&amp;V)：</translation>
    </message>
    <message>
        <source>what the question asks of it: days, a rule, the source list</source>
        <translation>题目要求的内容：天数、规定或来源名单</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>how you found it</source>
        <translation>如何发现的</translation>
    </message>
    <message>
        <source>Record Answer</source>
        <translation>记录答案</translation>
    </message>
    <message>
        <source>Remove Answer</source>
        <translation>删除答案</translation>
    </message>
</context>
<context>
    <name>dt::ui::ExerciseScoreDialog</name>
    <message>
        <source>%1: cannot read the answer key</source>
        <translation>%1：无法读取答案密钥</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The answer key was sealed by a workstation this one does not trust (key %1).</source>
        <translation>答案密钥由本工作站不信任的工作站封存（密钥 %1）。</translation>
    </message>
    <message>
        <source>Trainee&apos;s Case</source>
        <translation>学员案件</translation>
    </message>
    <message>
        <source>DialTrace cases (*.dtcase)</source>
        <translation>DialTrace 案件 (*.dtcase)</translation>
    </message>
    <message>
        <source>Answer Key</source>
        <translation>答案密钥</translation>
    </message>
    <message>
        <source>Answer keys (*.dtkey)</source>
        <translation>答案密钥 (*.dtkey)</translation>
    </message>
    <message>
        <source>Choose the trainee&apos;s case and the exercise&apos;s answer key.</source>
        <translation>请选择学员的案件和练习的答案密钥。</translation>
    </message>
    <message>
        <source>The trainer&apos;s passphrase has at least %1 characters.</source>
        <translation>教员口令至少为 %1 个字符。</translation>
    </message>
    <message>
        <source>Opening the answer key and scoring…</source>
        <translation>正在打开答案密钥并评分…</translation>
    </message>
    <message>
        <source>Cannot score: %1</source>
        <translation>无法评分：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n answer(s).</source>
        <translation>
            <numerusform>已评 %n 条答案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1%</source>
        <translation>总分：%1%</translation>
    </message>
    <message>
        <source>Score an Exercise</source>
        <translation>练习评分</translation>
    </message>
    <message>
        <source>Score a trainee&apos;s case against the exercise&apos;s sealed answer key (answer-key.dtkey in the pack). Only the trainer&apos;s passphrase opens the key; a key changed by even one byte is refused.</source>
        <translation>用练习的封存答案密钥（练习包中的 answer-key.dtkey）为学员的案件评分。只有教员口令能打开密钥；密钥哪怕改动一个字节也会被拒绝。</translation>
    </message>
    <message>
        <source>Trainee&apos;s case:</source>
        <translation>学员案件：</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>答案密钥：</translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase:</source>
        <translation>教员口令：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase (from %1):</source>
        <translation>教员口令（取自 %1）：</translation>
    </message>
</context>
<context>
    <name>dt::ui::HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>DialTrace User Manual</source>
        <translation>呼叫溯源工作站 用户手册</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Find in Page</source>
        <translation>页内查找</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>在本页中查找</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportFilesPage</name>
    <message>
        <source>Files to Import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Call logs, leaked lists and complaints: CSV/TXT in any common encoding, Excel, JSON, HTML bills and phone call databases.</source>
        <translation>话单、泄露名单和举报：任意常见编码的 CSV/TXT、Excel、JSON、HTML 账单和手机通话数据库。</translation>
    </message>
    <message>
        <source>Add the files, or drag them here from the file manager. The next page shows how each one will be read; nothing is imported before you click Import.</source>
        <translation>添加文件，或从文件管理器拖到这里。下一页显示每个文件将如何读取；点击“导入”之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Call logs, lists and complaints (%1);;All files (*)</source>
        <translation>通话记录、名单和投诉 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportRunPage</name>
    <message>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation>正在取消：正在导入的文件将被回滚…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1: %2 accepted, %3 rejected, %4 duplicates merged</source>
        <translation>%1：接受 %2 行，拒绝 %3 行，合并重复 %4 条</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing of it is in the case</source>
        <translation>%1：已取消；案件中没有它的任何内容</translation>
    </message>
    <message>
        <source>%1: NOT imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1：未开始</translation>
    </message>
    <message>
        <source>All files: %1 of %2</source>
        <translation>全部文件：%1 / %2</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <source>About %1 left (%2/s)</source>
        <translation>剩余约 %1（%2/秒）</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>已在 %1 秒后取消。</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>用时 %1 秒完成。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Each file is imported in one piece: a cancelled or failed file leaves the case as it was.</source>
        <translation>每个文件作为一个整体导入：被取消或失败的文件不会改变案件。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln call(s) also recorded by %1, stored once</source>
        <translation>
            <numerusform>  %Ln 条通话也记录于 %1，只存储一次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportSettingsPage</name>
    <message>
        <source>(no profile)</source>
        <translation>（不使用配置）</translation>
    </message>
    <message>
        <source>There is no mapping to save yet.</source>
        <translation>还没有可保存的列对应。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>保存列对应配置</translation>
    </message>
    <message>
        <source>Name for this mapping (kept in the case, reusable for files of the same layout):</source>
        <translation>此列对应的名称（保存在案件中，可用于相同格式的文件）：</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Read as: %1 · format %2 · encoding %3 (%4)%5 · %6 columns%7</source>
        <translation>读取为：%1 · 格式 %2 · 编码 %3（%4）%5 · %6 列%7</translation>
    </message>
    <message>
        <source> · delimiter %1</source>
        <translation> · 分隔符 %1</translation>
    </message>
    <message>
        <source> · header row</source>
        <translation> · 有表头行</translation>
    </message>
    <message>
        <source>%1 of the %2 preview rows would be rejected; check the mapping and the settings.</source>
        <translation>预览的 %2 行中有 %1 行将被拒绝；请检查列对应和设置。</translation>
    </message>
    <message>
        <source>All %1 preview rows would be imported.</source>
        <translation>预览的 %1 行都将被导入。</translation>
    </message>
    <message>
        <source>How each file is read</source>
        <translation>每个文件如何读取</translation>
    </message>
    <message>
        <source>Check what DialTrace detected and change anything that is wrong: the preview below follows every change.</source>
        <translation>检查 DialTrace 识别的结果，并更正错误之处：下方预览随每次修改更新。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Clock offset:</source>
        <translation>时钟偏差：</translation>
    </message>
    <message>
        <source>Acquired on:</source>
        <translation>获取日期：</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>来源名称：</translation>
    </message>
    <message>
        <source>Owner number:</source>
        <translation>机主号码：</translation>
    </message>
    <message>
        <source>Mapping profile:</source>
        <translation>列对应配置：</translation>
    </message>
    <message>
        <source>detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>call records</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>leaked personal data</source>
        <translation>泄露的个人信息</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>举报</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>For leaked lists: the date the list was seized or acquired.</source>
        <translation>泄露名单：名单被查获或获取的日期。</translation>
    </message>
    <message>
        <source>Phone databases: the device owner&apos;s number. HTML bills: the bill&apos;s own number.</source>
        <translation>手机数据库：设备机主的号码。HTML 账单：账单本身的号码。</translation>
    </message>
    <message>
        <source>Import even if the same file is already in the case</source>
        <translation>即使案件中已有相同文件也导入</translation>
    </message>
    <message>
        <source>Save Mapping as Profile…</source>
        <translation>将列对应保存为配置…</translation>
    </message>
    <message>
        <source>Reset to detected</source>
        <translation>恢复为识别结果</translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field</source>
        <translation>列对应：每个字段在文件的哪一列</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be imported</source>
        <translation>预览：前几行将如何导入</translation>
    </message>
    <message>
        <source>Show the file&apos;s columns as decoded</source>
        <translation>显示文件解码后的原始列</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>日期顺序：</translation>
    </message>
    <message>
        <source>measured from the case</source>
        <translation>根据案件数据测定</translation>
    </message>
    <message>
        <source>Seconds added to every time in the file, for a device whose clock was wrong. Lowest value: measured against the case&apos;s other sources and applied when the evidence is clear.</source>
        <translation>加到文件中每个时间上的秒数，用于时钟不准的设备。最小值表示：与案件中其他来源比对测定，证据明确时自动校正。</translation>
    </message>
    <message>
        <source>decide from the data</source>
        <translation>根据数据判定</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>年在前</translation>
    </message>
    <message>
        <source>How dates such as 6/1/2006 are read: DialTrace decides from the file&apos;s dates unless you say.</source>
        <translation>6/1/2006 这类日期如何解读：除非您指定，DialTrace 根据文件中的日期自行判定。</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportSummaryPage</name>
    <message>
        <source>imported as %1 (%2, %3)</source>
        <translation>已导入为 %1（%2，%3）</translation>
    </message>
    <message>
        <source>cancelled: nothing imported</source>
        <translation>已取消：未导入任何内容</translation>
    </message>
    <message>
        <source>failed: nothing imported</source>
        <translation>失败：未导入任何内容</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>合并的重复</translation>
    </message>
    <message>
        <source>Distinct numbers</source>
        <translation>不同号码数</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Rejected rows of this import: %1</source>
        <translation>本次导入被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Times in %1. The rejected rows stay in the case (Rejected rows tab) with their line and the row as it was in the file.</source>
        <translation>时间按 %1 显示。被拒绝的行保存在案件中（“被拒绝的行”标签页），附行号和文件中的原始内容。</translation>
    </message>
    <message>
        <source>dates read %1 (%2)</source>
        <translation>日期按 %1 解读（%2）</translation>
    </message>
    <message>
        <source>clock corrected by %1 s (measured)</source>
        <translation>时钟校正 %1 秒（测定）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) also in %1, stored once</source>
        <translation>
            <numerusform>%Ln 条通话也见于 %1，只存储一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by reason, times, warnings / error</source>
        <translation>按原因拒绝、时间、警告 / 错误</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportTimesPanel</name>
    <message>
        <source>Times: not worked out before the import (%1).</source>
        <translation>时间：导入前未能预先判定（%1）。</translation>
    </message>
    <message>
        <source>Reading the file&apos;s times…</source>
        <translation>正在读取文件中的时间…</translation>
    </message>
    <message>
        <source>The file has no call times to decide.</source>
        <translation>该文件没有需要判定的通话时间。</translation>
    </message>
    <message>
        <source>Date order: %1 (%2). %3</source>
        <translation>日期顺序：%1（%2）。%3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>时钟：%1</translation>
    </message>
    <message>
        <source>Times, as the import will read them</source>
        <translation>导入时将如何解读时间</translation>
    </message>
    <message>
        <source> (taken)</source>
        <translation>（采用）</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Read day first (D/M/Y)</source>
        <translation>按日在前解读（日/月/年）</translation>
    </message>
    <message>
        <source>Read month first (M/D/Y)</source>
        <translation>按月在前解读（月/日/年）</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>dt::ui::ImportWords</name>
    <message>
        <source>call records</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>leaked personal data</source>
        <translation>泄露的个人信息</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>分隔符文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>年在前</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>only this order fits the dates</source>
        <translation>只有此顺序能读通这些日期</translation>
    </message>
    <message>
        <source>both orders fit; this one is far more plausible</source>
        <translation>两种顺序都能读通，此顺序明显更合理</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>按所选</translation>
    </message>
    <message>
        <source>undecidable from the data: the default order</source>
        <translation>无法从数据判断：采用默认顺序</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>pattern of zero bytes</source>
        <translation>零字节分布特征</translation>
    </message>
    <message>
        <source>ASCII characters only</source>
        <translation>仅含 ASCII 字符</translation>
    </message>
    <message>
        <source>every byte sequence is valid UTF-8</source>
        <translation>所有字节序列均为合法 UTF-8</translation>
    </message>
    <message>
        <source>declared by the page</source>
        <translation>网页自行声明</translation>
    </message>
    <message>
        <source>spreadsheet, always UTF-8</source>
        <translation>电子表格，固定为 UTF-8</translation>
    </message>
    <message>
        <source>SQLite database, always UTF-8</source>
        <translation>SQLite 数据库，固定为 UTF-8</translation>
    </message>
    <message>
        <source>JSON, always UTF-8</source>
        <translation>JSON，固定为 UTF-8</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无结论</translation>
    </message>
    <message>
        <source>decodes as GB18030 (the character-set detector says %1)</source>
        <translation>可按 GB18030 解码（字符集检测结果：%1）</translation>
    </message>
    <message>
        <source>UTF-8 with %1 invalid byte(s) (the character-set detector says %2)</source>
        <translation>UTF-8，含 %1 个非法字节（字符集检测结果：%2）</translation>
    </message>
</context>
<context>
    <name>dt::ui::LeaksPage</name>
    <message>
        <source>Type a victim&apos;s phone number (any spelling), a masked number such as 138****1234, an ID number or a name, then press Return: the leaked lists that hold them, the operators that called them and their complaints.</source>
        <translation>输入受害人的手机号码（任意写法）、打码号码（如 138****1234）、身份证号或姓名，然后按回车：显示包含该人的泄露名单、呼叫过该人的运营者以及其投诉。</translation>
    </message>
    <message>
        <source>masked number</source>
        <translation>打码号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>No number of the case fits it.</source>
        <translation>案件中没有与之相符的号码。</translation>
    </message>
    <message>
        <source>Numbers followed: %1</source>
        <translation>追踪的号码：%1</translation>
    </message>
    <message>
        <source>No analysis yet: operators are unknown, so no call is attributed.</source>
        <translation>尚未分析：运营者未知，因此无法归属任何呼叫。</translation>
    </message>
    <message numerus="yes">
        <source>In %n leaked list record(s)</source>
        <translation>
            <numerusform>出现在 %n 条泄露名单记录中</numerusform>
        </translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>acquisition date unknown</source>
        <translation>获取日期未知</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation>（打码）</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>姓名不同</translation>
    </message>
    <message>
        <source>first called %1 by %2</source>
        <translation>%1 首次被 %2 呼叫</translation>
    </message>
    <message>
        <source>%1: %2 days after the list was acquired</source>
        <translation>%1：名单获取后 %2 天</translation>
    </message>
    <message>
        <source>%1: %2 days BEFORE the list was acquired</source>
        <translation>%1：名单获取之前 %2 天</translation>
    </message>
    <message>
        <source>not called by an operator</source>
        <translation>未被运营者呼叫</translation>
    </message>
    <message numerus="yes">
        <source>Called by %n operator number(s)</source>
        <translation>
            <numerusform>被 %n 个运营者号码呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>First – last call</source>
        <translation>首次 – 末次呼叫</translation>
    </message>
    <message numerus="yes">
        <source>Made %n complaint(s)</source>
        <translation>
            <numerusform>提出 %n 次投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>举报 %1</translation>
    </message>
    <message>
        <source>Only the first 500 records and numbers are shown.</source>
        <translation>仅显示前 500 条记录和号码。</translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation>泄露名单</translation>
    </message>
    <message>
        <source>Which operator dialled which list</source>
        <translation>运营者拨打了哪些名单</translation>
    </message>
    <message>
        <source>Resale lineage</source>
        <translation>转卖关系</translation>
    </message>
    <message>
        <source>Victim trail</source>
        <translation>受害人轨迹</translation>
    </message>
    <message>
        <source>Phone number, 138****1234, ID number or name</source>
        <translation>手机号码、138****1234、身份证号或姓名</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>Cell: victims whose number the list holds (+ masked matches) · share of the operator&apos;s victims. Significant: %1 %2 %3; not significant: %4; empty: none of its victims is in the list. Hover for p-value, lift, lags and dialling order.</source>
        <translation>单元格：号码在该名单中的受害人数（+ 打码匹配数）· 占该运营者受害人的比例。显著：%1 %2 %3；不显著：%4；空白：其受害人均不在该名单中。鼠标悬停可查看 p 值、提升度、时间间隔和拨打顺序。</translation>
    </message>
    <message>
        <source>n.s.</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>No analysis yet: run it on the first tab to trace the operators&apos; victims to the leaked lists.</source>
        <translation>尚未分析：请在第一个标签页运行分析，以将运营者的受害人追溯到泄露名单。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n leaked list(s); %2 of %3 operators traced to a list beyond chance; %4 resale edge(s) between the lists.</source>
        <translation>
            <numerusform>第 %1 次分析：%n 份泄露名单；%3 个运营者中有 %2 个可追溯到某份名单（超出偶然水平）；名单之间有 %4 条转卖关系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local (%1).</source>
        <translation>时间为本地时间（%1）。</translation>
    </message>
    <message>
        <source>Tracing %1…</source>
        <translation>正在追踪 %1…</translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
        <translation>正在读取最近一次分析结果…</translation>
    </message>
</context>
<context>
    <name>dt::ui::LineageView</name>
    <message>
        <source>No leaked lists in the latest analysis.</source>
        <translation>最近一次分析中没有泄露名单。</translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>acquisition date unknown</source>
        <translation>获取日期未知</translation>
    </message>
    <message>
        <source>%1 records · %2 phones · %3 masked</source>
        <translation>%1 条记录 · %2 个号码 · %3 条打码</translation>
    </message>
    <message>
        <source>dialled by operators: %1 (%2)</source>
        <translation>被运营者拨打：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Compilation of %n list(s)</source>
        <translation>
            <numerusform>由 %n 份名单汇编</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records (%2)</source>
        <translation>新增 %1 条记录（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the child · %2 shared records</source>
        <translation>占下游名单 &lt;b&gt;%1&lt;/b&gt; · 共有 %2 条记录</translation>
    </message>
    <message>
        <source>Not linked to any other list (no resale found beyond chance):</source>
        <translation>与其他名单无关联（未发现超出偶然水平的转卖）：</translation>
    </message>
    <message>
        <source>No resale found between the lists:</source>
        <translation>名单之间未发现转卖：</translation>
    </message>
    <message>
        <source>%1 → %2: %3 shared records (%4 by phone, %5 masked, %6 by ID number); %7 of the parent; lift %8; %9</source>
        <translation>%1 → %2：共有 %3 条记录（按号码 %4 条，打码 %5 条，按身份证号 %6 条）；占上游名单的 %7；提升度 %8；%9</translation>
    </message>
</context>
<context>
    <name>dt::ui::LinkChartPage</name>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation>泄露名单</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Handsets (IMEI)</source>
        <translation>终端（IMEI）</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>基站小区</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合节点</translation>
    </message>
    <message>
        <source>These two are not connected on the chart (with the current filters).</source>
        <translation>这两者在关系图上（按当前筛选）没有连接。</translation>
    </message>
    <message>
        <source>No connection of four steps or fewer between these two on the chart.</source>
        <translation>关系图上这两者之间没有四步以内的连接。</translation>
    </message>
    <message>
        <source>%1 cancelled; the chart is as it was.</source>
        <translation>%1已取消；关系图保持原样。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>，约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Start again from the latest analysis: operators, their numbers, the lists they dialled and how the lists were resold</source>
        <translation>从最近一次分析重新开始：运营者、其号码、其拨打的名单以及名单的转卖关系</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Add the selected entity&apos;s neighbours (double-click does the same)</source>
        <translation>加入所选实体的相邻实体（双击效果相同）</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>显示隐藏项</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Pinned entities stay where they are when the chart is laid out again</source>
        <translation>重新布局时，固定的实体保持原位</translation>
    </message>
    <message>
        <source>Force layout</source>
        <translation>力导向布局</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>分层布局</translation>
    </message>
    <message>
        <source>Lists top-down along their resales, operators below, their numbers below those</source>
        <translation>名单按转卖关系自上而下排列，其下为运营者，再下为其号码</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>最短路径</translation>
    </message>
    <message>
        <source>Select two entities (Ctrl+click)</source>
        <translation>选择两个实体（Ctrl+单击）</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>Every entity on a path of four steps or fewer between two selected entities</source>
        <translation>两个所选实体之间四步以内路径上的所有实体</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source> Min. calls </source>
        <translation> 最少通话 </translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Building the overview</source>
        <translation>正在生成总览</translation>
    </message>
    <message>
        <source>Expanding %1</source>
        <translation>正在展开 %1</translation>
    </message>
    <message>
        <source>Force-directed layout</source>
        <translation>力导向布局</translation>
    </message>
    <message>
        <source>Window:
%1
– %2</source>
        <translation>时间窗：
%1
– %2</translation>
    </message>
    <message>
        <source>Window:
all time</source>
        <translation>时间窗：
全部时间</translation>
    </message>
    <message>
        <source>No calls on the chart yet: expand a number to see when it called</source>
        <translation>关系图上还没有通话：展开一个号码即可查看其呼叫时间</translation>
    </message>
    <message numerus="yes">
        <source>Shortest path: %n step(s).</source>
        <translation>
            <numerusform>最短路径：%n 步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect these two in %1 steps or fewer.</source>
        <translation>
            <numerusform>有 %n 个实体在 %1 步以内连接这两者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open (%n member(s))</source>
        <translation>
            <numerusform>打开（%n 个成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>the chart is empty</source>
        <translation>关系图为空</translation>
    </message>
    <message>
        <source>DialTrace link chart</source>
        <translation>DialTrace 关系图</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>Export Link Chart</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>没有打开的案件</translation>
    </message>
    <message>
        <source>the case is open read-only; the chart is not saved</source>
        <translation>案件以只读方式打开；关系图不会保存</translation>
    </message>
    <message>
        <source>The chart could not be saved in the case: %1</source>
        <translation>关系图无法保存到案件中：%1</translation>
    </message>
    <message>
        <source>%1 of %2 entities and %3 of %4 links shown; %5 selected.</source>
        <translation>显示 %2 个实体中的 %1 个、%4 条连线中的 %3 条；已选 %5 个。</translation>
    </message>
    <message>
        <source>Calls per day on the chart (%1) — drag to choose a time window</source>
        <translation>关系图上每日通话数（%1）— 拖动以选择时间窗</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the Whole Latest Run</source>
        <translation>导出最近一次分析的全部内容</translation>
    </message>
    <message>
        <source>the whole run is exported as data, not as a picture</source>
        <translation>整次分析只能导出为数据，不能导出为图片</translation>
    </message>
    <message>
        <source>Building the whole run&apos;s chart…</source>
        <translation>正在构建整次分析的关系图…</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG, SVG) or for i2 Analyst&apos;s Notebook, Gephi, yEd or a spreadsheet</source>
        <translation>将关系图保存为图片（PNG、SVG），或导出给 i2 Analyst&apos;s Notebook、Gephi、yEd 或电子表格</translation>
    </message>
    <message>
        <source>What the Chart Shows…</source>
        <translation>当前关系图所示内容…</translation>
    </message>
    <message>
        <source>The Whole Latest Run…</source>
        <translation>最近一次分析的全部内容…</translation>
    </message>
    <message>
        <source>Every operator of the latest analysis with its numbers expanded, for i2 Analyst&apos;s Notebook, Gephi, yEd or a spreadsheet</source>
        <translation>最近一次分析的全部运营者，展开其全部号码，导出给 i2 Analyst&apos;s Notebook、Gephi、yEd 或电子表格</translation>
    </message>
    <message>
        <source>Finding common contacts</source>
        <translation>正在查找共同联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in common to %1.</source>
        <translation>
            <numerusform>%1 共有 %n 个共同联系号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Common Contacts</source>
        <translation>共同联系人</translation>
    </message>
    <message numerus="yes">
        <source>Numbers that %1 all called or were called by: %n number(s), most calls first. Each party&apos;s columns count its calls to the number and the number&apos;s calls to it.</source>
        <translation>
            <numerusform>%1 都曾呼叫过或被其呼叫过的号码：共 %n 个，按通话数从多到少排列。每一方的两列分别统计该方呼叫此号码的次数和此号码呼叫该方的次数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Common contacts</source>
        <translation>共同联系人</translation>
    </message>
    <message>
        <source>The numbers two or more selected numbers or operators all called or were called by (Ctrl+click to select)</source>
        <translation>所选两个或更多号码或运营者都曾呼叫过或被其呼叫过的号码（按住 Ctrl 点击以多选）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print what the chart shows, headed by the case and the date</source>
        <translation>打印关系图当前所示内容，页眉注明案件和日期</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Tile Across Pages (Two Wide)</source>
        <translation>分页平铺打印（横向两页）</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>calls from %1 to %2</source>
        <translation>%1 至 %2 的通话</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The case keeps its other views.</source>
        <translation>删除视图“%1”？案件中的其他视图保留不变。</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>The chart&apos;s saved views: each keeps its entities, places, filters and time window</source>
        <translation>关系图的已存视图：每个视图保存各自的实体、位置、筛选条件和时间窗口</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>New View…</source>
        <translation>新建视图…</translation>
    </message>
    <message>
        <source>A new view, starting from the latest run&apos;s overview</source>
        <translation>新建视图，从最近一次分析的概览开始</translation>
    </message>
    <message>
        <source>Duplicate View…</source>
        <translation>复制视图…</translation>
    </message>
    <message>
        <source>A copy of this view, to try a variant</source>
        <translation>复制当前视图，用于尝试另一种分析思路</translation>
    </message>
    <message>
        <source>Rename View…</source>
        <translation>重命名视图…</translation>
    </message>
    <message>
        <source>the chart is busy</source>
        <translation>关系图正忙</translation>
    </message>
    <message>
        <source>views can only be made in a case open for writing, when the chart is not busy</source>
        <translation>只有在案件以可写方式打开且关系图空闲时才能新建视图</translation>
    </message>
    <message>
        <source>a view named &apos;%1&apos; exists already</source>
        <translation>名为“%1”的视图已存在</translation>
    </message>
    <message>
        <source>Now showing &quot;%1&quot;, a copy to try a variant on.</source>
        <translation>现在显示的是“%1”，可在这个副本上尝试其他思路。</translation>
    </message>
    <message>
        <source>the case is open read-only</source>
        <translation>案件以只读方式打开</translation>
    </message>
    <message>
        <source>the chart&apos;s last view cannot be deleted</source>
        <translation>关系图的最后一个视图不能删除</translation>
    </message>
    <message>
        <source>New View</source>
        <translation>新建视图</translation>
    </message>
    <message>
        <source>Duplicate View</source>
        <translation>复制视图</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Number, ID or Name…</source>
        <translation>查找号码、证件或姓名(&amp;F)…</translation>
    </message>
    <message>
        <source>Preparing the sample case: generating a synthetic investigation and importing its files…</source>
        <translation>正在准备示例案件：生成合成的调查数据并导入文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample case</source>
        <translation>示例案件</translation>
    </message>
    <message>
        <source>Suspects &amp;&amp; operators</source>
        <translation>可疑号码和运营者</translation>
    </message>
    <message>
        <source>Leaked lists</source>
        <translation>泄露名单</translation>
    </message>
    <message>
        <source>Export Evidence &amp;Report…</source>
        <translation>导出证据报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已写出：%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import call logs, leaked lists or complaints into the case</source>
        <translation>将话单、泄露名单或举报导入案件</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>&amp;Time Zone…</source>
        <translation>时区(&amp;T)…</translation>
    </message>
    <message>
        <source>The zone the case&apos;s times are shown and local hours counted in</source>
        <translation>案件时间的显示时区，也是统计本地时段所用的时区</translation>
    </message>
    <message>
        <source>Cannot change the time zone: %1</source>
        <translation>无法更改时区：%1</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <source>Times are now shown in %1</source>
        <translation>时间现按 %1 显示</translation>
    </message>
    <message>
        <source>%1 is still being opened</source>
        <translation>%1 仍在打开中</translation>
    </message>
    <message>
        <source>Counting the calls and records</source>
        <translation>正在统计通话和记录</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>打开已取消</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
</context>
<context>
    <name>dt::ui::NumbersPage</name>
    <message>
        <source>All types</source>
        <translation>全部号码类型</translation>
    </message>
    <message>
        <source>Click a number to see its verdict, score and reasons.</source>
        <translation>点击一个号码，查看其判定、评分和依据。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>号码类型</translation>
    </message>
    <message>
        <source>Calls out / in</source>
        <translation>呼出 / 呼入</translation>
    </message>
    <message>
        <source>Distinct callees</source>
        <translation>不同被叫数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>平均通话时长</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>夜间呼叫占比</translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation>投诉人数</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回拨人数</translation>
    </message>
    <message>
        <source>The analysis gave no reason to score this number.</source>
        <translation>分析未发现需要对该号码评分的依据。</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>尚未分析。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation>合法</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Number or operator…</source>
        <translation>号码或运营者…</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Top talkers</source>
        <translation>呼出最多</translation>
    </message>
    <message>
        <source>Most distinct callees</source>
        <translation>被叫最多</translation>
    </message>
    <message>
        <source>Most complained about</source>
        <translation>被投诉最多</translation>
    </message>
    <message>
        <source>Open a case to see its numbers.</source>
        <translation>打开案件后可查看其全部号码。</translation>
    </message>
    <message>
        <source>Profiling every number of the case…</source>
        <translation>正在统计案件中每个号码的通话特征…</translation>
    </message>
    <message>
        <source>Cancelled: show the page again to retry.</source>
        <translation>已取消：再次打开本页即可重试。</translation>
    </message>
    <message>
        <source>The numbers are profiled when this page is shown.</source>
        <translation>打开本页时才统计各号码的通话特征。</translation>
    </message>
    <message>
        <source>%1 numbers: %2 suspect, %3 legitimate, %4 ordinary%5; %6 listed.</source>
        <translation>共 %1 个号码：可疑 %2 个，合法 %3 个，普通 %4 个%5；当前列出 %6 个。</translation>
    </message>
    <message>
        <source> (no analysis yet)</source>
        <translation>（尚未分析）</translation>
    </message>
    <message>
        <source>Verdict not recorded</source>
        <translation>判定未记录</translation>
    </message>
    <message>
        <source>Your verdict &quot;%1&quot; (%2) is recorded; the next analysis run applies it.</source>
        <translation>您的判定“%1”（%2）已记录，将在下一次分析中生效。</translation>
    </message>
    <message>
        <source>Verdict…</source>
        <translation>判定…</translation>
    </message>
    <message>
        <source>Your verdict on the selected number, with a reason: the next analysis run applies it</source>
        <translation>对所选号码作出判定并说明理由，下一次分析时生效</translation>
    </message>
    <message>
        <source>No matches: no number of this case fits these filters.</source>
        <translation>无匹配：本案中没有符合这些筛选条件的号码。</translation>
    </message>
    <message>
        <source>%1 printed a line that is not a number&apos;s figures: %2</source>
        <translation>%1 输出的一行不是号码的统计数据：%2</translation>
    </message>
</context>
<context>
    <name>dt::ui::OpeningPage</name>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dt::ui::Printing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Printed %1 · DialTrace</source>
        <translation>打印于 %1 · DialTrace</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
</context>
<context>
    <name>dt::ui::ReportDialog</name>
    <message>
        <source>Export evidence report</source>
        <translation>导出证据报告</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Prosecutor: personal data masked except suspects&apos; numbers</source>
        <translation>检察：除嫌疑号码外，个人信息打码</translation>
    </message>
    <message>
        <source>Trainer: all personal data masked</source>
        <translation>培训：全部个人信息打码</translation>
    </message>
    <message>
        <source>Internal: nothing masked</source>
        <translation>内部：不打码</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>阅读对象：</translation>
    </message>
    <message>
        <source>File (.pdf or .html):</source>
        <translation>文件（.pdf 或 .html）：</translation>
    </message>
    <message>
        <source>Export and sign</source>
        <translation>导出并签名</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Preview of the report as it will be written; it will be signed with this workstation&apos;s key and the export recorded in the case&apos;s audit log.</source>
        <translation>以下为将要写出的报告预览；报告将以本工作站密钥签名，导出操作记入案件审计日志。</translation>
    </message>
    <message>
        <source>The preview shows only the first part of the report (%1 of %2); the exported file holds the full report.</source>
        <translation>预览仅显示报告的前一部分（%1，全文 %2）；导出的文件包含完整报告。</translation>
    </message>
    <message>
        <source>This report is too large to print from here: export it as PDF and print the PDF.</source>
        <translation>报告过大，无法在此直接打印：请导出为 PDF 后打印该 PDF 文件。</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Written %1 and its signed manifest.</source>
        <translation>已写出 %1 及其签名清单。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Writing and signing %1…</source>
        <translation>正在写出并签名 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop building the preview or writing the report; nothing is written</source>
        <translation>停止生成预览或写出报告；不会写出任何文件</translation>
    </message>
    <message>
        <source>Export cancelled: neither the report nor its manifest was written.</source>
        <translation>已取消导出：报告及其签名清单均未写出。</translation>
    </message>
    <message>
        <source>Preview cancelled. Change an option to build it again.</source>
        <translation>已取消预览。更改任一选项即可重新生成。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>dt::ui::SetTagCommand</name>
    <message>
        <source>tag %1 on %2</source>
        <translation>为 %2 加标签 %1</translation>
    </message>
    <message>
        <source>tag %1 off %2</source>
        <translation>去掉 %2 的标签 %1</translation>
    </message>
</context>
<context>
    <name>dt::ui::ShortcutsDialog</name>
    <message>
        <source>Every table</source>
        <translation>所有表格</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>dt::ui::TableTools</name>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>表格为空</translation>
    </message>
    <message>
        <source>%1 rows are more than a table export takes (%2); narrow the table first (a number&apos;s calls)</source>
        <translation>%1 行超出表格导出上限（%2）；请先缩小范围（例如某个号码的通话）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>正在导出 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>导出已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <source>%1 rows are more than a printout takes (%2); narrow the table first (a number&apos;s calls)</source>
        <translation>%1 行超出打印上限（%2 行）；请先缩小表格范围（例如只看某个号码的通话）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
</context>
<context>
    <name>dt::ui::TimeZoneDialog</name>
    <message>
        <source>Time Zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>The case&apos;s times are stored in UTC. They are shown, and local hours (calls at night, hours of the day, days since a list was acquired) are counted, in this zone. Analyses run after a change count in the new zone.</source>
        <translation>案件中的时间以 UTC 存储，按此时区显示，并按此时区统计本地时段（夜间呼叫、一天中的小时、名单获取后的天数）。更改后运行的分析将按新时区统计。</translation>
    </message>
    <message>
        <source>Unknown time zone: type an IANA name such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation>未知时区：请输入 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 UTC。</translation>
    </message>
    <message>
        <source>The case&apos;s first call would show as %1.</source>
        <translation>案件中的第一次通话将显示为 %1。</translation>
    </message>
</context>
<context>
    <name>dt::ui::TrainingMenu</name>
    <message>
        <source>Record as Answer (%1)…</source>
        <translation>记录为答案（%1）…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>Exercise &amp;Answers…</source>
        <translation>练习答案(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Score an Exercise…</source>
        <translation>练习评分(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Demo Mode…</source>
        <translation>演示模式(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>dt::ui::VerdictDialog</name>
    <message>
        <source>The Analyst&apos;s Verdict on %1</source>
        <translation>分析员对 %1 的判定</translation>
    </message>
    <message>
        <source>The analysis judged %1 &lt;b&gt;%2&lt;/b&gt;. A verdict of yours replaces it at the next analysis run, whatever the score; the run, the numbers view and the report name it with your reason, and the audit log keeps it.</source>
        <translation>分析结果将 %1 判为&lt;b&gt;%2&lt;/b&gt;。您的判定将在下一次分析时取代该结论（不论评分高低）；分析批次、号码视图和报告均会注明您的判定及理由，审计日志予以记录。</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation>合法</translation>
    </message>
    <message>
        <source>As the analysis computes it (no verdict of mine)</source>
        <translation>按分析结果（撤销我的判定）</translation>
    </message>
    <message>
        <source>Why: what you know that the analysis does not (a check with the carrier, the owner, a statement…)</source>
        <translation>理由：分析未能掌握的情况（向运营商核实、机主说明、询问笔录等）</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>dt::ui::ViolationsPage</name>
    <message>
        <source>There is no analysis to export yet.</source>
        <translation>尚无分析结果可导出。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n suspect number(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个可疑号码导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Blocklist</source>
        <translation>导出拦截名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Blocklist…</source>
        <translation>导出拦截名单…</translation>
    </message>
    <message>
        <source>No analysis yet: the rules broken by the suspects appear here after a run.</source>
        <translation>尚未分析：运行分析后，此处列出可疑号码违反的规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the campaign&apos;s rules; select one to see its supporting calls.</source>
        <translation>
            <numerusform>违反专项行动规定 %n 项；选中一项可查看其支撑呼叫记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the latest analysis run…</source>
        <translation>正在读取最近一次分析结果…</translation>
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
