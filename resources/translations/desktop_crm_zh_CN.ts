<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="23"/>
        <source>About desktop-crm</source>
        <translation>关于 desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="27"/>
        <source>not embedded: PDFs look different on other computers</source>
        <translation>未嵌入：PDF 在其他电脑上显示会不同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="29"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="30"/>
        <source>Open database</source>
        <translation>打开的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="31"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="32"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="34"/>
        <source>Screen font for Chinese</source>
        <translation>屏幕中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="34"/>
        <location filename="../../desktop_crm/ui/about.py" line="36"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="35"/>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="36"/>
        <source>Chart font</source>
        <translation>图表字体</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="37"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="37"/>
        <source>MIT; the bundled font WenQuanYi Micro Hei: Apache 2.0</source>
        <translation>MIT；随附字体文泉驿微米黑：Apache 2.0</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="38"/>
        <source>Built with</source>
        <translation>构建环境</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="45"/>
        <source>Customer files, visits and account plans, offline.</source>
        <translation>客户档案、拜访记录和客户计划，离线可用。</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="121"/>
        <source>Proposal / action</source>
        <translation>建议与行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="121"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="121"/>
        <source>Due</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="122"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="122"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="40"/>
        <source>Paste a whole address, e.g. %1</source>
        <translation>粘贴完整地址，例如 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="42"/>
        <source>&amp;Whole address:</source>
        <translation>完整地址(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="44"/>
        <source>&amp;Split into parts</source>
        <translation>拆分为各部分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="47"/>
        <source>&amp;Main address (shown in the list, printed, searched first)</source>
        <translation>主地址(&amp;M)（列表、打印和搜索优先使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="54"/>
        <source>Edit address</source>
        <translation>编辑地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="59"/>
        <source>New address</source>
        <translation>新建地址</translation>
    </message>
</context>
<context>
    <name>AddressesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="139"/>
        <source>Main</source>
        <translation>主地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="140"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="146"/>
        <source>Save the customer first, then add addresses.</source>
        <translation>请先保存客户，再添加地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="147"/>
        <source>Add address…</source>
        <translation>添加地址…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="148"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="149"/>
        <source>Make main</source>
        <translation>设为主地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="150"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="244"/>
        <source>Delete the address %1? This cannot be undone.</source>
        <translation>删除地址 %1？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="246"/>
        <source>The next address becomes the main one.</source>
        <translation>下一个地址将成为主地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="247"/>
        <source>Delete address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/addresses_tab.py" line="247"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="205"/>
        <source>Correct points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="209"/>
        <source>e.g. points of a purchase entered twice</source>
        <translation>例如：一笔消费重复录入的积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="210"/>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="211"/>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="212"/>
        <source>&amp;Change by:</source>
        <translation>调整数量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="213"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="217"/>
        <source>Enter the number of points to add (or, negative, to take off).</source>
        <translation>请输入要增加的积分（负数为扣减）。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="68"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="68"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="69"/>
        <source>This week (%1)</source>
        <translation>本周（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="69"/>
        <source>Later (%1)</source>
        <translation>以后（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="72"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="72"/>
        <source>Code</source>
        <translation>客户代码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="73"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="178"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="183"/>
        <source>Plan v%1</source>
        <translation>计划书 v%1</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="38"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="38"/>
        <source>Customer code</source>
        <translation>客户代码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="39"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="39"/>
        <source>Business format</source>
        <translation>经营业态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="53"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="55"/>
        <source>Score as of</source>
        <translation>评分日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="56"/>
        <source>Score now</source>
        <translation>立即评分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="58"/>
        <source>Recompute every customer&apos;s scores and keep them as a dated run (Ctrl+R)</source>
        <translation>重新计算所有客户的评分，并保存为一次带日期的评分记录（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="60"/>
        <source>Value model…</source>
        <translation>价值模型…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="62"/>
        <source>Tiers…</source>
        <translation>等级政策…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="64"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="65"/>
        <source>Save every chart in one PDF</source>
        <translation>把所有图表保存到一个 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="69"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="79"/>
        <source>Click a point to open that customer. Dashed lines: the mean of each axis.</source>
        <translation>点击一个点即可打开该客户。虚线为各轴的平均值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="85"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="104"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="149"/>
        <source>Segmentation</source>
        <translation>细分维度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="90"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="91"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="337"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="92"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="97"/>
        <source>Show in the customer list</source>
        <translation>在客户列表中显示</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="98"/>
        <source>List the customers of the selected segment (Enter)</source>
        <translation>列出所选细分的客户（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="113"/>
        <source>Every segment is also a filter of the customer list (Segment), and so of exports and campaign targets.</source>
        <translation>每个细分都可在客户列表中作为筛选条件（细分），也可用于导出和营销活动目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="122"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="131"/>
        <source>Staff visits in</source>
        <translation>员工拜访月份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="156"/>
        <source>Code</source>
        <translation>客户代码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="156"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="156"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="157"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="157"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="166"/>
        <source>Changed in</source>
        <translation>变化维度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="175"/>
        <source>Value quadrants</source>
        <translation>价值象限</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="175"/>
        <source>Segments &amp;&amp; tiers</source>
        <translation>细分与等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="176"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="176"/>
        <source>Funnel &amp;&amp; staff</source>
        <translation>漏斗与员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="177"/>
        <source>NPS &amp;&amp; satisfaction</source>
        <translation>NPS与满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="177"/>
        <source>Changed segment</source>
        <translation>细分变化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="212"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="346"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="249"/>
        <source>Could not read the scores: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="254"/>
        <source>No scores yet: press Score now to score every customer.</source>
        <translation>还没有评分：点击“立即评分”为所有客户评分。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="256"/>
        <source>Scored as of %1 (%2 customers, run %3 at %4).</source>
        <translation>评分截至 %1（%2 位客户，第 %3 次评分，%4）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/analytics/page.py" line="261"/>
        <source>%n customer(s) changed since; they are re-scored in the background, or score now for everyone.</source>
        <translation>
            <numerusform>此后有 %n 位客户发生变化，正在后台重新评分；也可立即为所有客户评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="275"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="409"/>
        <source>No scores yet: press Score now.</source>
        <translation>还没有评分：请点击“立即评分”。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="280"/>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="290"/>
        <source>Current against potential value (%1 of %2 customers shown)</source>
        <translation>当前价值与潜在价值（显示 %2 位客户中的 %1 位）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="292"/>
        <source>Current value</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="292"/>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="334"/>
        <source>Customers by recency (R) and frequency (F) score, with mean spend</source>
        <translation>按最近购买（R）与购买频次（F）评分的客户分布及平均消费</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="335"/>
        <source>Recency score (5 = most recent)</source>
        <translation>最近购买评分（5 = 最近）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="336"/>
        <source>Frequency score (5 = most often)</source>
        <translation>购买频次评分（5 = 最频繁）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="358"/>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="358"/>
        <source>Funnel: %1</source>
        <translation>漏斗：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="361"/>
        <source>No visits logged in %1.</source>
        <translation>%1 没有拜访记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="367"/>
        <source>Visits in %1, top %2 staff; %3 of %4 with a target met it</source>
        <translation>%1 拜访次数（前 %2 名员工）；%4 位有目标的员工中 %3 位达标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="373"/>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="373"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="386"/>
        <source>NPS, last 12 months: %1</source>
        <translation>近12个月 NPS：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="388"/>
        <source>repeat-purchase rate: %1</source>
        <translation>复购率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="391"/>
        <source>members referred by a member: %1</source>
        <translation>由会员推荐入会的比例：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="395"/>
        <source>No survey answers yet.</source>
        <translation>还没有调查回答。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="398"/>
        <source>NPS (promoters − detractors) and mean satisfaction by month</source>
        <translation>每月 NPS（推荐者 − 贬损者）与平均满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="399"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="399"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="412"/>
        <source>Nobody changed since the run before (or there is only one run).</source>
        <translation>与上一次评分相比没有客户发生变化（或只有一次评分）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/analytics/page.py" line="415"/>
        <source>%n customer(s) changed since the run before</source>
        <translation>
            <numerusform>与上一次评分相比有 %n 位客户发生变化</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="430"/>
        <source>Scoring every customer…</source>
        <translation>正在为所有客户评分…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="439"/>
        <source>Scoring was cancelled; nothing was stored.</source>
        <translation>评分已取消，没有保存任何结果。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="442"/>
        <source>The value model has an inconsistent matrix; revise it under Value model.</source>
        <translation>价值模型中有判断矩阵不一致，请在“价值模型”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="444"/>
        <source>Scoring failed: %1</source>
        <translation>评分失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="453"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="458"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="463"/>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="475"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="454"/>
        <source>Score the customers first, then export the charts.</source>
        <translation>请先为客户评分，再导出图表。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="472"/>
        <source>Customer analytics</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/page.py" line="477"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="104"/>
        <location filename="../../desktop_crm/ui/app.py" line="107"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="159"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="223"/>
        <source>Today&apos;s automatic backup was written: %1</source>
        <translation>今天的自动备份已写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="226"/>
        <location filename="../../desktop_crm/ui/app.py" line="254"/>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="227"/>
        <source>Today&apos;s automatic backup could not be written: %1 Your data itself is saved; back it up from the File menu when you can.</source>
        <translation>今天的自动备份未能写入：%1 您的数据本身已保存；请在方便时从“文件”菜单手动备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="248"/>
        <source>Backing up %1 before closing…</source>
        <translation>关闭前正在备份 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="249"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="255"/>
        <source>The backup on closing could not be written: %1 Your data itself is saved in %2.</source>
        <translation>关闭时的备份未能写入：%1 您的数据本身已保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="271"/>
        <location filename="../../desktop_crm/ui/app.py" line="277"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="278"/>
        <source>That file already exists; choose a new name.</source>
        <translation>该文件已存在，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="284"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="294"/>
        <location filename="../../desktop_crm/ui/app.py" line="306"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="307"/>
        <source>%1 already exists. Replace it with the backup? The file there now is kept beside it, renamed %2.</source>
        <translation>%1 已存在。要用备份替换它吗？现有文件会保留在旁边，改名为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="317"/>
        <source>Backup written to %1 and verified.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="319"/>
        <source>The file that was there is kept as %1.</source>
        <translation>原来的文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="350"/>
        <source>Replace the open database with the backup %1? The current database is backed up first; it will be listed under File ▸ Backups.</source>
        <translation>用备份 %1 替换当前打开的数据库吗？当前数据库会先备份，可在“文件 ▸ 备份列表”中找到。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="361"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="373"/>
        <source>Restored from %1. The database it replaced is kept as %2.</source>
        <translation>已从 %1 恢复。被替换的数据库保存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="381"/>
        <source>Recover a damaged file: the damaged file</source>
        <translation>修复损坏的文件：选择损坏的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="387"/>
        <source>Recover a damaged file: the new file</source>
        <translation>修复损坏的文件：新文件保存为</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="395"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%3 条中救回 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="398"/>
        <source>Recovery finished</source>
        <translation>修复完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="399"/>
        <source>Everything the damaged file still counted was rescued into %1.</source>
        <translation>损坏文件中仍可统计到的内容已全部救到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="401"/>
        <source>Some rows were on damaged pages and are lost; the rest was rescued into %1. Compare it with your latest backup.</source>
        <translation>有些记录位于损坏的页面上，已经丢失；其余内容已救到 %1。请与最近的备份核对。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="406"/>
        <source>&amp;Open the rescued file</source>
        <translation>打开救回的文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="413"/>
        <source>Recovery failed</source>
        <translation>修复失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="417"/>
        <source>Rescuing %1…</source>
        <translation>正在抢救 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="324"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="329"/>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="341"/>
        <location filename="../../desktop_crm/ui/app.py" line="349"/>
        <location filename="../../desktop_crm/ui/app.py" line="371"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="363"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="103"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="104"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="105"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="106"/>
        <source>Week plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="107"/>
        <source>Plans</source>
        <translation>经营计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="109"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="110"/>
        <source>Care calendar</source>
        <translation>关怀日历</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="111"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="112"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="113"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="115"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="117"/>
        <source>Team overview</source>
        <translation>团队概览</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="108"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="236"/>
        <source>Assign targets</source>
        <translation>分配目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="240"/>
        <source>Evenly among the staff ticked</source>
        <translation>在勾选的员工间平均分配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="241"/>
        <source>To each customer&apos;s owner (others evenly)</source>
        <translation>交给各客户的负责人（其余平均分配）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="248"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="249"/>
        <source>&amp;Staff:</source>
        <translation>员工(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="29"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="30"/>
        <source>Campaign created</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="31"/>
        <source>Campaign deleted</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="32"/>
        <source>Greetings copied</source>
        <translation>复制问候语</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="33"/>
        <source>Custom field added</source>
        <translation>新增自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="34"/>
        <source>Custom field deleted</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="35"/>
        <source>Custom field renamed</source>
        <translation>重命名自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="36"/>
        <source>Data shown as JSON</source>
        <translation>以 JSON 输出数据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="37"/>
        <source>Person&apos;s data erased</source>
        <translation>个人信息已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="38"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="39"/>
        <source>Charts exported</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="40"/>
        <source>Greetings exported</source>
        <translation>导出问候语</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="41"/>
        <source>Person&apos;s data exported</source>
        <translation>个人信息已导出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="42"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="43"/>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="44"/>
        <source>Member rules changed</source>
        <translation>修改会员规则</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="45"/>
        <source>Customers merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="46"/>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="47"/>
        <source>File card printed</source>
        <translation>打印客户档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="48"/>
        <source>File cards printed</source>
        <translation>批量打印客户档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="49"/>
        <source>Plan printed</source>
        <translation>打印客户计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="50"/>
        <source>Plans printed</source>
        <translation>批量打印客户计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="51"/>
        <source>Privacy setting changed</source>
        <translation>隐私设置已更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="52"/>
        <source>Deleted for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="53"/>
        <source>Damaged file recovered</source>
        <translation>恢复受损文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="54"/>
        <source>Backup restored</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="55"/>
        <source>Dossier shown (command line)</source>
        <translation>查看档案（命令行）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="56"/>
        <source>Moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="72"/>
        <source>Team audit log</source>
        <translation>团队审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="78"/>
        <source>Login, person, computer or detail</source>
        <translation>账号、人员、电脑或内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="82"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="88"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="88"/>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="88"/>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="88"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="89"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="89"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="100"/>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="103"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="129"/>
        <source>Reading the team&apos;s audit log…</source>
        <translation>正在读取团队审计日志…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="138"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="158"/>
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>显示 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="166"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="166"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="178"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="182"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="28"/>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="29"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="30"/>
        <source>Made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="31"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="32"/>
        <source>Before reverting an import</source>
        <translation>撤销导入前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="33"/>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="34"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="35"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="36"/>
        <source>Before deleting for good</source>
        <translation>永久删除前</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="107"/>
        <source>Backups of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="114"/>
        <source>No backups yet. One is taken when you close the app after changes, at the first opening of a day, and before imports, merges, restores and deleting for good.</source>
        <translation>还没有备份。修改后关闭程序时、每天第一次打开时，以及导入、合并、恢复和永久删除之前，都会自动备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="119"/>
        <source>Backups are taken automatically on closing after changes, once a day, and before imports, merges, restores, upgrades and deleting for good. The last 10 are kept, then one a day for a week, one a week for a month and one a month for a year; those you make yourself without naming a file are kept until you delete them.</source>
        <translation>以下情况会自动备份：修改后关闭程序时、每天一次，以及导入、合并、恢复、升级和永久删除之前。保留最近 10 份，此外一周内每天保留一份、一个月内每周保留一份、一年内每月保留一份；您自己备份且未指定文件名的备份会一直保留，直到您删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="124"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="128"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="131"/>
        <source>Show in &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="157"/>
        <source>%n backup(s), %1 in all.</source>
        <translation>
            <numerusform>共 %n 份备份，合计 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="57"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="57"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="57"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="57"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="58"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="94"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="94"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="33"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="33"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="33"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="33"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="34"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="34"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="35"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="35"/>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="36"/>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="36"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="58"/>
        <source>%1 new, %2 updated</source>
        <translation>新建 %1，更新 %2</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="43"/>
        <source>Print plans and file cards</source>
        <translation>打印计划书和客户资料卡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="44"/>
        <source>&amp;Account plans (the active plan, else the newest)</source>
        <translation>客户经营计划书（执行中的版本，否则最新版本）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="45"/>
        <source>&amp;File cards</source>
        <translation>客户资料卡(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="50"/>
        <source>&amp;One PDF file</source>
        <translation>合并为一个PDF文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="51"/>
        <source>One PDF &amp;per customer, in a folder</source>
        <translation>每个客户一个PDF，保存到文件夹(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="59"/>
        <source>Footer: confidential, printed by you, date and time</source>
        <translation>页脚：注明保密、打印人和打印时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="61"/>
        <source>Open when done</source>
        <translation>完成后打开</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="70"/>
        <source>For the selected customer.</source>
        <translation>为所选客户打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="71"/>
        <source>For %1 customers.</source>
        <translation>为 %1 位客户打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="74"/>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="84"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="76"/>
        <source>Into</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="78"/>
        <source>&amp;Where</source>
        <translation>位置(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="101"/>
        <source>plans</source>
        <translation>客户经营计划书</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="101"/>
        <source>file cards</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="108"/>
        <source>Folder for the PDFs</source>
        <translation>PDF文件的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="111"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="112"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="129"/>
        <source>Say where the PDF should go.</source>
        <translation>请指定PDF的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="132"/>
        <source>%1 is a file; choose a folder for one PDF per customer.</source>
        <translation>%1 是一个文件；每个客户一个PDF时请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="136"/>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 是一个文件夹；请填写以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="151"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="158"/>
        <source>None of these customers has an account plan yet.</source>
        <translation>这些客户都还没有经营计划书。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="166"/>
        <source>Printed, but no TrueType Chinese font was found: the PDFs use a built-in font that is not embedded. Install one, e.g. fonts-wqy-microhei.</source>
        <translation>已打印，但未找到 TrueType 中文字体：PDF 使用了未嵌入的内置字体。请安装一种中文字体，例如 fonts-wqy-microhei。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="178"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="183"/>
        <source>Could not write the PDF: %1</source>
        <translation>无法写入PDF：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="186"/>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="192"/>
        <source>Printed %1; %2 without a plan skipped.</source>
        <translation>已打印 %1 份；%2 位客户没有计划书，已跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="195"/>
        <source>Printed %1.</source>
        <translation>已打印 %1 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="198"/>
        <source>%1 could not be printed.</source>
        <translation>%1 位未能打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="206"/>
        <source>does not fit on the page</source>
        <translation>内容超出页面</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="207"/>
        <source>its file cannot be written</source>
        <translation>文件无法写入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="208"/>
        <source>its data cannot be read</source>
        <translation>数据无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="215"/>
        <source>Not printed: %1.</source>
        <translation>未打印：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/batch.py" line="220"/>
        <source>Printed with values beyond the limits (cut where they did not fit) — correct them in the customer&apos;s file: %1.</source>
        <translation>以下客户的内容超出限制（放不下处已截短），请在客户档案中更正：%1。</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="44"/>
        <source>Change selected customers</source>
        <translation>修改所选客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="53"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="54"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="65"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="87"/>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="89"/>
        <source>&amp;To</source>
        <translation>改为(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="98"/>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="115"/>
        <source>Change one field of the selected customer.</source>
        <translation>修改所选客户的一个字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="116"/>
        <source>Change one field of %1 selected customers.</source>
        <translation>修改所选 %1 位客户的一个字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="157"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="49"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="49"/>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="55"/>
        <source>e.g. win back 30% of lapsed members</source>
        <translation>例如：唤回三成流失会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="63"/>
        <source>same as the budget</source>
        <translation>同预算</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="65"/>
        <source>A random share of the targets is held back and not contacted, to measure what the campaign added.</source>
        <translation>随机留出一部分目标不联系，作为对照组，用来衡量活动带来的增量。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="68"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="69"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="70"/>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="71"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="72"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="73"/>
        <source>Actual &amp;cost:</source>
        <translation>实际花费(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="74"/>
        <source>&amp;Holdout:</source>
        <translation>对照组(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="46"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="46"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="46"/>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="47"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="127"/>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="47"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="76"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="96"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="51"/>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="52"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="53"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="69"/>
        <source>Choose targets…</source>
        <translation>选择目标客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="70"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="72"/>
        <source>Give selected to</source>
        <translation>将所选交给</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="75"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="96"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="75"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="96"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="75"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="75"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="76"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="97"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="76"/>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="97"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="94"/>
        <source>Only those not contacted yet</source>
        <translation>只看尚未联系的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="96"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="101"/>
        <source>— Outcome —</source>
        <translation>— 选择结果 —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="104"/>
        <source>What the customer said</source>
        <translation>客户的话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="105"/>
        <source>&amp;Record and next (Ctrl+Enter)</source>
        <translation>记录并下一位(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="112"/>
        <source>Work list of</source>
        <translation>工作清单：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="128"/>
        <source>Work list</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="129"/>
        <source>Evaluation</source>
        <translation>效果评估</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="219"/>
        <source>No campaign yet: press “New campaign…”.</source>
        <translation>还没有营销活动：请点击“新建活动…”。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="229"/>
        <source>%1 targets to contact, %2 held back, %3 not assigned yet.</source>
        <translation>待联系目标 %1 位，对照组 %2 位，尚未分配 %3 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="232"/>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="266"/>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="267"/>
        <source>Delete “%1” with its targets and their outcomes? The contacts stay in the visit log. This cannot be undone.</source>
        <translation>删除“%1”及其目标客户和联系结果？拜访记录中的联系仍会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="314"/>
        <source>held back</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="314"/>
        <source>contact</source>
        <translation>待联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="333"/>
        <source>%n to contact</source>
        <translation>
            <numerusform>待联系 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="355"/>
        <source>Choose the outcome for %1 first.</source>
        <translation>请先为%1选择联系结果。</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="56"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="60"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="62"/>
        <source>for</source>
        <translation>共</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="74"/>
        <location filename="../../desktop_crm/ui/care/page.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="74"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="74"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="74"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="74"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="75"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="92"/>
        <source>Whom to greet on a festival</source>
        <translation>节日问候的对象</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="95"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="95"/>
        <source>Text</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="101"/>
        <source>The text for the chosen person; edit it before sending.</source>
        <translation>所选客户的短信内容，发送前可修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="102"/>
        <source>Record as sent (SMS) in the visit log</source>
        <translation>在拜访记录中记为已发送（短信）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="57"/>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="93"/>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="103"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="104"/>
        <source>&amp;Copy texts</source>
        <translation>复制短信(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="107"/>
        <source>Greet for</source>
        <translation>祝福场合</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="171"/>
        <location filename="../../desktop_crm/ui/care/page.py" line="228"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="191"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="197"/>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="218"/>
        <source>No template for this occasion: add one under Templates…</source>
        <translation>此场合还没有模板：请在“模板…”中添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="234"/>
        <source>%n greetings</source>
        <translation>
            <numerusform>%n 条祝福</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="237"/>
        <source>; %n left out (no consent to marketing messages)</source>
        <translation>
            <numerusform>；%n 人未列入（未同意接收营销信息）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="255"/>
        <source>turns %1</source>
        <translation>%1 岁生日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="257"/>
        <source>child turns %1</source>
        <translation>宝宝 %1 岁</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="259"/>
        <source>%n years a member</source>
        <translation>
            <numerusform>入会 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="291"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="291"/>
        <source>There are no greetings to export.</source>
        <translation>没有可导出的祝福短信。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="295"/>
        <source>Export greetings</source>
        <translation>导出祝福短信</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="296"/>
        <source>CSV for an SMS tool (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV，供短信工具使用 (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="326"/>
        <source>%n greetings exported.</source>
        <translation>
            <numerusform>已导出 %n 条祝福。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="326"/>
        <source>%n greetings copied.</source>
        <translation>
            <numerusform>已复制 %n 条祝福。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="337"/>
        <source>Cancelled: no greeting was recorded as sent.</source>
        <translation>已取消：没有祝福被记为已发送。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/page.py" line="341"/>
        <source>Recording the greetings…</source>
        <translation>正在记录祝福短信…</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="191"/>
        <source>YYYY-MM-DD, when the owner has signed</source>
        <translation>店主签字后填写，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="193"/>
        <source>&amp;Closing line</source>
        <translation>结束语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="201"/>
        <source>Leave the signatures empty to print blank lines for signing.</source>
        <translation>签名留空时，打印出空白签名线供手签。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="84"/>
        <source>Compare plan versions</source>
        <translation>比较计划书版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="96"/>
        <source>Only differences</source>
        <translation>只显示差异</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="114"/>
        <source>Version &amp;A</source>
        <translation>版本 A(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="114"/>
        <source>Version &amp;B</source>
        <translation>版本 B(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="153"/>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>新增 %1 条，删除 %2 条，修改 %3 条。</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="33"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="34"/>
        <source>Mine (this laptop)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="34"/>
        <source>Theirs (the team)</source>
        <translation>对方的（团队）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="35"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="35"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="43"/>
        <source>The same field was changed differently on this laptop and on another one. The record holds the team&apos;s value until you decide; your decision goes to the team at the next sync.</source>
        <translation>同一字段在本机和另一台电脑上被改成了不同的值。在您决定之前，记录保留团队的值；您的决定会在下次同步时发给团队。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="51"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="52"/>
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="53"/>
        <source>&amp;Edit the value…</source>
        <translation>另填一个值(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="54"/>
        <source>&amp;Restore the record</source>
        <translation>恢复这条记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="55"/>
        <source>Confirm the &amp;delete</source>
        <translation>确认删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="57"/>
        <source>Take the team&apos;s and &amp;dismiss</source>
        <translation>采用团队的并撤销(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="90"/>
        <source>%n conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>%n 个冲突等您决定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="91"/>
        <source>No conflicts wait for a decision.</source>
        <translation>没有等待决定的冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="97"/>
        <source>(not on this laptop)</source>
        <translation>（不在本机上）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="99"/>
        <source>Refused by the team server</source>
        <translation>被团队服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="101"/>
        <source>(not on the server)</source>
        <translation>（服务器上没有）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="101"/>
        <source>as it was</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="103"/>
        <source>The whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="100"/>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="104"/>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="105"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="100"/>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="104"/>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="105"/>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="108"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="143"/>
        <source>%1 holds this value in the team, and no two customers may share it, so this customer gave it up. If they are one shop, merge them; otherwise take what it holds now, or enter another value.</source>
        <translation>团队中 %1 已使用此值，两位客户不能共用，因此本客户已让出。如果两者是同一家店，请合并；否则请采用它现在的值，或输入另一个值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="151"/>
        <source>The team server refused this change: only a manager changes the team&apos;s shared settings and reference data (tiers, scoring weights, member rules). This laptop holds the team&apos;s version; dismiss the change, or ask your manager to make it.</source>
        <translation>团队服务器拒绝了这项修改：团队共用的设置和基础数据（等级、评分权重、会员规则）只能由经理修改。本机保留的是团队的版本；请撤销这项修改，或请经理来改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="156"/>
        <source>The team server refused this change: your login may not give a customer to someone else. The customer stays with its account manager; dismiss the change, or ask your manager to give it.</source>
        <translation>团队服务器拒绝了这项修改：您的账号不能把客户转给别人。客户仍归原客户经理；请撤销这项修改，或请经理来转交。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="159"/>
        <source>The team server refused this change: your login may not make it. Dismiss it, or ask your manager.</source>
        <translation>团队服务器拒绝了这项修改：您的账号无权做这项修改。请撤销它，或请经理处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="178"/>
        <source>That value belongs to another record already: edit the value and choose another.</source>
        <translation>这个值已属于另一条记录：请另填一个值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="182"/>
        <source>The team server refused this change and would refuse it again: take the team&apos;s to dismiss it, or ask your manager to make the change.</source>
        <translation>团队服务器拒绝了这项修改，再发也会被拒绝：请采用团队的版本来撤销它，或请经理来修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="188"/>
        <source>This conflict was decided meanwhile.</source>
        <translation>这个冲突已在此期间被决定。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="205"/>
        <source>Edit the value</source>
        <translation>另填一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="206"/>
        <source>%1 of %2:</source>
        <translation>%2 的%1：</translation>
    </message>
</context>
<context>
    <name>ConsentRows</name>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="26"/>
        <source>none</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="38"/>
        <source>&amp;Withdraw consent</source>
        <translation>撤回同意(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="40"/>
        <source>The person no longer agrees: kept with today&apos;s date; greetings and campaigns leave them out until they agree again</source>
        <translation>此人不再同意：按今天的日期记录；在再次同意之前，问候和营销活动都不包括此人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="47"/>
        <source>Agreed to &amp;marketing messages:</source>
        <translation>同意接收营销信息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="48"/>
        <source>Agreed on:</source>
        <translation>同意日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="49"/>
        <source>How it was given:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="50"/>
        <source>Withdrawn:</source>
        <translation>撤回：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="74"/>
        <source>withdrawn on %1: no marketing messages</source>
        <translation>%1 已撤回：不发送营销信息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="77"/>
        <source>withdrawn on %1, agreed again since</source>
        <translation>%1 曾撤回，之后已再次同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/consent.py" line="80"/>
        <source>never</source>
        <translation>从未撤回</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="49"/>
        <source>Edit contact: %1</source>
        <translation>编辑联系人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="51"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="62"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="64"/>
        <source>Manage fields…</source>
        <translation>管理字段…</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="150"/>
        <source>Save the customer first, then add contacts.</source>
        <translation>请先保存客户，再添加联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="151"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="152"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="153"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="154"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="155"/>
        <source>Show trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="271"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="272"/>
        <source>Move the contact %1 to the trash? It can be restored from the trash.</source>
        <translation>把联系人 %1 移到回收站吗？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="274"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="45"/>
        <source>Counter: record a purchase</source>
        <translation>收银台：记录消费</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="48"/>
        <source>Card number, phone, name or pinyin</source>
        <translation>卡号、电话、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="55"/>
        <location filename="../../desktop_crm/ui/members/counter.py" line="171"/>
        <source>No member chosen.</source>
        <translation>未选择会员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="57"/>
        <source>e.g. 268.00</source>
        <translation>例如 268.00</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="59"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="68"/>
        <source>&amp;Record purchase</source>
        <translation>记录消费(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="72"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="77"/>
        <source>&amp;Find member:</source>
        <translation>查找会员(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="79"/>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="80"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="81"/>
        <source>Redeem &amp;points:</source>
        <translation>兑换积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="82"/>
        <source>Pro&amp;duct:</source>
        <translation>商品(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="139"/>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="152"/>
        <source>No member matches. Check the card number or try the phone.</source>
        <translation>没有匹配的会员。请核对卡号或改用电话查找。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/counter.py" line="155"/>
        <source>%n members match: choose one with ↑/↓ or a click.</source>
        <translation>
            <numerusform>%n 位会员匹配：请用 ↑/↓ 或鼠标点选一位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="176"/>
        <source>%1 · %2 points · staff: %3</source>
        <translation>%1 · %2 积分 · 专属店员：%3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="200"/>
        <source>Earns %1 points; balance after: %2</source>
        <translation>本次积分 %1，消费后余额 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="209"/>
        <source>Find the member first.</source>
        <translation>请先找到会员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="220"/>
        <source>%1: %2 yuan recorded, +%3 points, balance %4.</source>
        <translation>%1：已记录消费 %2 元，积分 +%3，余额 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/counter.py" line="224"/>
        <source>Level now %1.</source>
        <translation>等级升为%1。</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="232"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="233"/>
        <source>Manage fields…</source>
        <translation>管理字段…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="236"/>
        <source>No custom fields yet. Add one to record what matters to you, e.g. a bank account or a licence number.</source>
        <translation>还没有自定义字段。添加一个来记录您关心的信息，例如开户银行或许可证号。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="269"/>
        <source>The follow-up was due on %1.</source>
        <translation>跟进应于 %1 完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="286"/>
        <source>visit every %1 days</source>
        <translation>每 %1 天拜访一次</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="288"/>
        <source>Visited within policy (%1).</source>
        <translation>按政策拜访了（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="290"/>
        <source>Never visited (%1).</source>
        <translation>从未拜访（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/model.py" line="291"/>
        <source>Visit overdue by %n day(s) (%1).</source>
        <translation>
            <numerusform>拜访逾期 %n 天（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerVisitsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="60"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="152"/>
        <source>Log a visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="153"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="155"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="157"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="158"/>
        <source>Show trash</source>
        <translation>回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="196"/>
        <source>%n visit(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 条拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="198"/>
        <source>No visits in the trash.</source>
        <translation>回收站中没有拜访记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="199"/>
        <source>No visits yet. Press Ctrl+L to log the first one.</source>
        <translation>还没有拜访记录。按 Ctrl+L 记录第一次拜访。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="197"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="283"/>
        <source>Move visit to trash</source>
        <translation>把拜访移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="284"/>
        <source>Move the visit of %1 to the trash? It can be restored from the trash.</source>
        <translation>把 %1 的拜访记录移到回收站吗？之后可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="111"/>
        <source>Search code, name, pinyin, phone, address, tag… (Ctrl+F)</source>
        <translation>搜索代码、名称、拼音、电话、地址、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="115"/>
        <location filename="../../desktop_crm/ui/customers/page.py" line="166"/>
        <source>Show trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="153"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="154"/>
        <source>Open dossier</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="157"/>
        <source>Change selected…</source>
        <translation>批量修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="158"/>
        <source>Undo change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="159"/>
        <location filename="../../desktop_crm/ui/customers/page.py" line="518"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="162"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="163"/>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="167"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="168"/>
        <source>Export this list…</source>
        <translation>导出此列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="179"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="263"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="280"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="282"/>
        <source>No customers yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="284"/>
        <source>No customer matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="293"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="296"/>
        <source>1 customer in the trash</source>
        <translation>回收站中有 1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="297"/>
        <source>%1 customers in the trash</source>
        <translation>回收站中有 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="301"/>
        <source>More than %1 match the search; %2 shown</source>
        <translation>超过 %1 位客户符合搜索，显示其中 %2 位</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="304"/>
        <source>%1 matching</source>
        <translation>%1 位匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="307"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="308"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="399"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="444"/>
        <source>Add the tags %2 to the selected customer?</source>
        <translation>为所选客户添加标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="445"/>
        <source>Add the tags %2 to %1 customers?</source>
        <translation>为 %1 位客户添加标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="447"/>
        <source>Remove the tags %2 from the selected customer?</source>
        <translation>从所选客户移除标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="448"/>
        <source>Remove the tags %2 from %1 customers?</source>
        <translation>从 %1 位客户移除标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="450"/>
        <source>Clear the %3 of the selected customer?</source>
        <translation>清空所选客户的%3？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="451"/>
        <source>Clear the %3 of %1 customers?</source>
        <translation>清空 %1 位客户的%3？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="453"/>
        <source>Change the %3 of the selected customer to %2?</source>
        <translation>将所选客户的%3改为%2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="454"/>
        <source>Change the %3 of %1 customers to %2?</source>
        <translation>将 %1 位客户的%3改为%2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="456"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="467"/>
        <source>Changing customers…</source>
        <translation>正在修改客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="470"/>
        <source>Changed 1 customer. Undo with Ctrl+Z.</source>
        <translation>已修改 1 位客户。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="471"/>
        <source>Changed %1 customers. Undo with Ctrl+Z.</source>
        <translation>已修改 %1 位客户。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="490"/>
        <source>Undoing the change…</source>
        <translation>正在撤销修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="495"/>
        <source>Undid the change of 1 customer.</source>
        <translation>已撤销对 1 位客户的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="496"/>
        <source>Undid the change of %1 customers.</source>
        <translation>已撤销对 %1 位客户的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="499"/>
        <source>1 customer was changed again since and was left as it is.</source>
        <translation>有 1 位客户此后又被修改过，保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="500"/>
        <source>%1 customers were changed again since and were left as they are.</source>
        <translation>有 %1 位客户此后又被修改过，保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="515"/>
        <source>Move %1 to the trash? You can restore it from the trash.</source>
        <translation>将“%1”移到回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="517"/>
        <source>Move %1 customers to the trash? You can restore them from the trash.</source>
        <translation>将 %1 位客户移到回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="539"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="553"/>
        <source>Restored 1 customer.</source>
        <translation>已恢复 1 位客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="553"/>
        <source>Restored %1 customers.</source>
        <translation>已恢复 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="552"/>
        <source>Moved 1 customer to the trash.</source>
        <translation>已将 1 位客户移到回收站。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="532"/>
        <source>Delete the selected customer for good, with its contacts, visits, plans and purchases? This cannot be undone here; a backup of the file is taken first (File ▸ Backups…).</source>
        <translation>永久删除所选客户及其联系人、拜访、计划和交易记录？此操作在这里无法撤销；删除前会先备份整个文件（文件 ▸ 备份列表…）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="535"/>
        <source>Delete %1 customers for good, with their contacts, visits, plans and purchases? This cannot be undone here; a backup of the file is taken first (File ▸ Backups…).</source>
        <translation>永久删除 %1 个客户及其联系人、拜访、计划和交易记录？此操作在这里无法撤销；删除前会先备份整个文件（文件 ▸ 备份列表…）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="552"/>
        <source>Moved %1 customers to the trash.</source>
        <translation>已将 %1 位客户移到回收站。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="554"/>
        <source>Deleted 1 customer for good.</source>
        <translation>已永久删除 1 个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="554"/>
        <source>Deleted %1 customers for good.</source>
        <translation>已永久删除 %1 个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="562"/>
        <source>Restoring customers…</source>
        <translation>正在恢复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="561"/>
        <source>Moving customers to the trash…</source>
        <translation>正在移到回收站…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="563"/>
        <source>Deleting customers…</source>
        <translation>正在删除客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="574"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="578"/>
        <source>The change failed: %1</source>
        <translation>修改失败：%1</translation>
    </message>
</context>
<context>
    <name>DataQualityPage</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="114"/>
        <source>&amp;Scan for duplicates</source>
        <translation>查找重复客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="116"/>
        <source>Scan the whole file for customers entered twice: the same phone, the same name in an area, the same pinyin, similar names.</source>
        <translation>在全部档案中查找重复录入的客户：电话相同、同一商圈内名称相同、拼音相同、名称相近。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="123"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="124"/>
        <source>&amp;Not duplicates</source>
        <translation>不是重复(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="125"/>
        <source>&amp;Open both</source>
        <translation>打开两份档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="131"/>
        <source>&amp;Undo merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="154"/>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="192"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="198"/>
        <source>%n likely duplicate pair(s), strongest evidence first.</source>
        <translation>
            <numerusform>找到 %n 对可能重复的客户，证据最强的排在前面。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="205"/>
        <source>The scan was cancelled.</source>
        <translation>查找已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="207"/>
        <source>The scan failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="228"/>
        <source>One of these customers is no longer on file; scan again.</source>
        <translation>其中一个客户已不在档案中；请重新查找。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="240"/>
        <source>Merged. Undo it below if it was a mistake.</source>
        <translation>已合并。如有误，可在下方撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="272"/>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="273"/>
        <source>Separate %1 and %2 again? The merged dossier comes back from the trash with everything that was moved from it.</source>
        <translation>要把 %1 和 %2 重新分开吗？被合并的档案将从回收站恢复，并带回当时移走的全部记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="286"/>
        <source>Merge undone.</source>
        <translation>已撤销合并。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="288"/>
        <source>Fields changed since were left as they are: %1.</source>
        <translation>合并后又被修改过的字段保持不变：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="288"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="39"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>年-月-日 时:分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="39"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="44"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="32"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="32"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="32"/>
        <source>Version A</source>
        <translation>版本 A</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="33"/>
        <source>Version B</source>
        <translation>版本 B</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="34"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="34"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="35"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="37"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="37"/>
        <source>Business format</source>
        <translation>经营业态分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="38"/>
        <source>Consumer groups</source>
        <translation>消费群体构成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="38"/>
        <source>Competition</source>
        <translation>竞争环境</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="39"/>
        <source>Owner&apos;s personality</source>
        <translation>客户性格</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="39"/>
        <source>Actions</source>
        <translation>方案与行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="40"/>
        <source>Objectives</source>
        <translation>经营目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/compare.py" line="40"/>
        <source>Closing line</source>
        <translation>结束语</translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="95"/>
        <source>Only a manager gives a customer to someone else.</source>
        <translation>只有经理才能把客户转给别人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="97"/>
        <source>Assigned on save</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="125"/>
        <source>Save the customer first, then log visits.</source>
        <translation>请先保存客户，再记录拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="148"/>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="149"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="150"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="151"/>
        <source>Characteristics &amp;&amp; status</source>
        <translation>特征与状况</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="152"/>
        <source>Customer DNA</source>
        <translation>客户DNA</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="153"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="154"/>
        <source>Plans</source>
        <translation>经营计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="155"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="156"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="157"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="158"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="159"/>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="176"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="177"/>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="282"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="297"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="298"/>
        <source>The changes to %1 are not saved yet.</source>
        <translation>对 %1 的修改还没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="303"/>
        <source>Save them before closing?</source>
        <translation>关闭前保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="349"/>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="349"/>
        <source>Addresses (%1)</source>
        <translation>地址 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="350"/>
        <source>Plans (%1)</source>
        <translation>经营计划（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="351"/>
        <source>Purchases (%1)</source>
        <translation>购买记录（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="351"/>
        <source>Visits (%1)</source>
        <translation>拜访（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="415"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="422"/>
        <source>Updated from the team; what you typed is kept.</source>
        <translation>已按团队的修改更新；您正在输入的内容保留不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="423"/>
        <source>Updated from the team.</source>
        <translation>已按团队的修改更新。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="449"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="466"/>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="24"/>
        <source>This customer may already be on file:</source>
        <translation>该客户可能已经建档：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="40"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="41"/>
        <source>same phone as one of its contacts</source>
        <translation>与其某位联系人电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="42"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="43"/>
        <source>name sounds the same</source>
        <translation>名称读音相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="44"/>
        <source>name contains what you typed</source>
        <translation>名称包含您输入的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="45"/>
        <source>name is part of what you typed</source>
        <translation>名称是您输入内容的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="46"/>
        <source>same initials in the same area</source>
        <translation>同一商圈内拼音首字母相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="63"/>
        <source>%1 (in the trash)</source>
        <translation>%1（在回收站中）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/duplicates_panel.py" line="66"/>
        <source>Open this customer</source>
        <translation>打开该客户</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="151"/>
        <source>Edit member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="157"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="161"/>
        <source>card number of the member who referred</source>
        <translation>推荐人的会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="166"/>
        <source>birth dates, comma separated</source>
        <translation>出生日期，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="168"/>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="169"/>
        <source>Card &amp;number:</source>
        <translation>会员卡号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="170"/>
        <source>Looked after by:</source>
        <translation>专属店员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="171"/>
        <source>Referred by (card):</source>
        <translation>推荐人（卡号）：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="172"/>
        <source>Expected due date:</source>
        <translation>预产期：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="173"/>
        <source>Children&apos;s birthdays:</source>
        <translation>孩子生日：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="174"/>
        <source>Household notes:</source>
        <translation>家庭备注：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="184"/>
        <source>No member has the card %1.</source>
        <translation>没有卡号为 %1 的会员。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="88"/>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="91"/>
        <source>Name, phone or pinyin of the customer</source>
        <translation>客户姓名、电话或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="96"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="100"/>
        <source>birth dates, comma separated</source>
        <translation>出生日期，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="102"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="104"/>
        <source>Card &amp;number:</source>
        <translation>会员卡号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="105"/>
        <source>Joined on:</source>
        <translation>入会日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="106"/>
        <source>Looked after by:</source>
        <translation>专属店员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="107"/>
        <source>Expected due date:</source>
        <translation>预产期：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="108"/>
        <source>Children&apos;s birthdays:</source>
        <translation>孩子生日：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="109"/>
        <source>Household notes:</source>
        <translation>家庭备注：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="127"/>
        <source>Find the customer first (they must be in the files).</source>
        <translation>请先找到该客户（客户须已建档）。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="35"/>
        <source>Erase this person</source>
        <translation>删除此人的个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="36"/>
        <source>Erase the personal data of %1? This cannot be undone.</source>
        <translation>删除 %1 的个人信息？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="39"/>
        <source>Goes: name, phone numbers, address, birthdays, children&apos;s birthdays and due date, household and other notes, tags, contacts, custom fields, the texts of visits and greetings, plans, and the old and new values in the change history.</source>
        <translation>将删除：姓名、电话、地址、生日、孩子生日和预产期、家庭情况及其他备注、标签、联系人、自定义字段、拜访和问候的文字内容、经营计划，以及修改记录中的原值和新值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="43"/>
        <source>Stays, without a name: purchases and points as amounts, the dates and channels of visits, campaign results, so that reports still add up. The audit log records the erase, without the erased values.</source>
        <translation>将保留（不含姓名）：消费和积分金额、拜访的日期和方式、营销活动结果，报表合计不变。审计日志记录此次删除，但不记录被删除的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="47"/>
        <source>Backups made before still hold the data until they are thinned out; the app lists them afterwards.</source>
        <translation>此前的备份在被自动清理之前仍含有这些信息；删除后将列出这些备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="51"/>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="55"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="21"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="24"/>
        <source>Not a valid Chinese mobile or landline number (e.g. 13912348866 or 0710-3212345).</source>
        <translation>不是有效的中国手机号或固定电话（例如 13912348866 或 0710-3212345）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="27"/>
        <source>Not a date. Use YYYY-MM-DD.</source>
        <translation>不是有效日期，请用 年-月-日 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="29"/>
        <source>Not a date and time. Use YYYY-MM-DD HH:MM.</source>
        <translation>不是有效的日期时间，请用 年-月-日 时:分 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="31"/>
        <source>This date is in the future.</source>
        <translation>这个日期在将来。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="33"/>
        <source>The date must be between %1 and %2.</source>
        <translation>日期须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="36"/>
        <source>Too long: at most %1 characters (this has %2).</source>
        <translation>太长：最多 %1 个字符（现有 %2 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="39"/>
        <source>Too long: at most %1 characters.</source>
        <translation>太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>Contains an invisible control character (%1); remove it.</source>
        <translation>含有不可见的控制字符（%1），请删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="44"/>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="46"/>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="48"/>
        <source>Must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="50"/>
        <source>Must be at most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="52"/>
        <source>Not an email address.</source>
        <translation>不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="54"/>
        <source>This is a landline number, not a mobile.</source>
        <translation>这是座机号码，不是手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="56"/>
        <source>Not a QQ number: 5 to 11 digits, not starting with 0.</source>
        <translation>不是QQ号：应为5到11位数字，且不以0开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="58"/>
        <source>Not a WeChat id (6 to 20 letters, digits, - or _, starting with a letter) nor a mobile.</source>
        <translation>不是微信号（6到20位字母、数字、-或_，以字母开头），也不是手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="61"/>
        <source>Not a web address (e.g. www.example.com).</source>
        <translation>不是网址（例如 www.example.com）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="63"/>
        <source>Not one of the choices.</source>
        <translation>不在可选项中。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="65"/>
        <source>No such staff member; add them first.</source>
        <translation>没有这位员工，请先添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="67"/>
        <source>This code is already used by %1.</source>
        <translation>该代码已被 %1 使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="69"/>
        <source>This code appears twice.</source>
        <translation>该代码出现了两次。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="71"/>
        <source>The follow-up date is before the visit.</source>
        <translation>跟进日期早于拜访日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="73"/>
        <source>This visit has no follow-up to complete.</source>
        <translation>这次拜访没有需要完成的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="75"/>
        <source>Some of these contacts do not belong to this customer.</source>
        <translation>其中有联系人不属于该客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="77"/>
        <source>This customer is not in the files any more.</source>
        <translation>该客户已不在档案中。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="89"/>
        <source>This is already the number of %1 (%2).</source>
        <translation>该号码已属于 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="92"/>
        <source>The check digit of the resident ID number is wrong: it should be %1.</source>
        <translation>居民身份证号的校验码不对：应为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="95"/>
        <source>The check character of the credit code is wrong: it should be %1.</source>
        <translation>统一社会信用代码的校验码不对：应为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="98"/>
        <source>The birth date in the number (%1) is not a possible date.</source>
        <translation>号码中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="101"/>
        <source>The first six digits (%1) are not an area code.</source>
        <translation>前六位（%1）不是行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="104"/>
        <source>It does not start with the area code of a province.</source>
        <translation>开头不是省级行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="106"/>
        <source>A credit code has 18 characters; this has %1.</source>
        <translation>统一社会信用代码为 18 位；此处为 %1 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="108"/>
        <source>A resident ID number has 18 characters; this has %1.</source>
        <translation>居民身份证号为 18 位；此处为 %1 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="110"/>
        <source>A tobacco retail licence number has 12 digits; this has %1.</source>
        <translation>烟草专卖零售许可证号为 12 位数字；此处为 %1 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="112"/>
        <source>A tax ID has 15, 17, 18 or 20 characters; this has %1.</source>
        <translation>纳税人识别号为 15、17、18 或 20 位；此处为 %1 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="114"/>
        <source>A credit code has only digits and capital letters (not I, O, S, V or Z).</source>
        <translation>统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="116"/>
        <source>A resident ID number has 17 digits, then a digit or X.</source>
        <translation>居民身份证号为 17 位数字加一位数字或 X。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="118"/>
        <source>A tobacco retail licence number has digits only.</source>
        <translation>烟草专卖零售许可证号只含数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="119"/>
        <source>A tax ID has only digits and capital letters.</source>
        <translation>纳税人识别号只含数字和大写字母。</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="43"/>
        <source>Split by:</source>
        <translation>细分维度：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="47"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="71"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="47"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="163"/>
        <source>Contact group</source>
        <translation>联系组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="48"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="71"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="165"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="48"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="72"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="49"/>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="163"/>
        <source>Held back</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="49"/>
        <source>Holdout conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="50"/>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="50"/>
        <source>Revenue in the window</source>
        <translation>活动期销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="51"/>
        <source>Incremental revenue</source>
        <translation>增量销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="51"/>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="52"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="52"/>
        <source>Incremental ROI</source>
        <translation>增量投资回报率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="71"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="71"/>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="72"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="75"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="87"/>
        <source>By staff and segment</source>
        <translation>按员工和细分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="89"/>
        <source>By account manager</source>
        <translation>按客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="138"/>
        <source>Measured from %1 to %2 (purchases in this window count as conversions).</source>
        <translation>统计期 %1 至 %2（期间有消费即算转化）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="151"/>
        <source>No holdout: the uplift cannot be measured. Set a holdout share before choosing the targets of the next campaign.</source>
        <translation>没有对照组，无法衡量增量。下次活动请在选择目标前设置对照组比例。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="154"/>
        <source>The contacted targets converted no better than those held back.</source>
        <translation>联系过的目标客户转化并不比对照组好。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="156"/>
        <source>About %1 extra conversions over what the holdout predicts.</source>
        <translation>比对照组预期多转化约 %1 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="164"/>
        <source>Conversion rate (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="164"/>
        <source>Targets by staff</source>
        <translation>各员工目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="165"/>
        <source>Not converted</source>
        <translation>未转化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="166"/>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/evaluation.py" line="175"/>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="46"/>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="159"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="47"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="47"/>
        <source>the list</source>
        <translation>整个列表</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="48"/>
        <source>Export %1:</source>
        <translation>导出 %1：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="51"/>
        <source>&amp;Table of customers</source>
        <translation>客户表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="51"/>
        <source>&amp;Call list</source>
        <translation>电话回访清单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="52"/>
        <source>C&amp;ontacts (vCard, for phones and mail)</source>
        <translation>联系人（vCard，可导入手机和邮箱）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="53"/>
        <source>Follow-ups and plan actions (&amp;iCalendar)</source>
        <translation>跟进事项和计划行动（iCalendar 日历）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="59"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="60"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 编码 (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="61"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="69"/>
        <source>Cells that start with = + - @ are written with a leading &apos; so that spreadsheets show them rather than run them.</source>
        <translation>以 = + - @ 开头的单元格会加上前导 &apos;，表格软件只显示而不会把它当公式执行。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="78"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="104"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="104"/>
        <source>call-list</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="105"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="105"/>
        <source>follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="107"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="120"/>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="138"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="141"/>
        <source>%1 written to %2.</source>
        <translation>已写入 %1 条到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="144"/>
        <source>%1 left out: their date is not between 1900 and 2100 (%2).</source>
        <translation>%1 条未导出：其日期不在 1900 至 2100 年之间（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="157"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="159"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../desktop_crm/ui/failures.py" line="39"/>
        <source>the error output</source>
        <translation>错误输出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/failures.py" line="40"/>
        <source>Something went wrong inside desktop-crm (%1). Nothing that was saved is lost. The details were written to %2: please send that file to whoever supports you.</source>
        <translation>desktop-crm 内部出错（%1）。已保存的内容没有丢失。详细信息已写入 %2，请把该文件发给为您提供支持的人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/failures.py" line="51"/>
        <source>desktop-crm</source>
        <translation>desktop-crm</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="33"/>
        <source>Add a custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="38"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="39"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="40"/>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="41"/>
        <source>Choices (one per line)</source>
        <translation>选项（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="42"/>
        <source>Key (optional)</source>
        <translation>键名（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="47"/>
        <source>Made from the label</source>
        <translation>由名称自动生成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="56"/>
        <source>The field appears in the Custom fields tab of every customer.</source>
        <translation>该字段会出现在每个客户的“自定义字段”页。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="57"/>
        <source>The field appears in the form of every contact.</source>
        <translation>该字段出现在每位联系人的表单中。</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="314"/>
        <source>Mobile or landline, e.g. 0710-3212345</source>
        <translation>手机或固话，例如 0710-3212345</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="378"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="386"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
</context>
<context>
    <name>FileEncryption</name>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="254"/>
        <source>%1 is encrypted.</source>
        <translation>%1 已加密。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="253"/>
        <location filename="../../desktop_crm/ui/encryption.py" line="257"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="258"/>
        <source>%1 is encrypted, but %2 earlier backups of it are not. Overwrite and remove them now? The encrypted backups taken from now on remain.</source>
        <translation>%1 已加密，但它此前的 %2 个备份没有加密。现在覆盖并删除这些备份吗？今后的加密备份不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="267"/>
        <source>Encrypting %1…</source>
        <translation>正在加密 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="272"/>
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="273"/>
        <source>Remove the encryption of %1? Anyone who can read the file will then be able to read its customer data. An encrypted copy is kept in the backup folder.</source>
        <translation>取消 %1 的加密？之后任何能读取此文件的人都能看到其中的客户资料。备份文件夹中会保留一份加密的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="288"/>
        <source>%1 is no longer encrypted.</source>
        <translation>%1 已不再加密。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="291"/>
        <source>Removing the encryption of %1…</source>
        <translation>正在取消 %1 的加密…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="315"/>
        <source>The file was not converted</source>
        <translation>文件未转换</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="90"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="91"/>
        <source>CSV (UTF-8 or GBK) or Excel (.xlsx, .xls). The first row with names is taken as the header; title rows above it are skipped.</source>
        <translation>CSV（UTF-8 或 GBK 编码）或 Excel（.xlsx、.xls）。第一行列名作为表头，其上方的标题行会被跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="97"/>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="98"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="102"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="111"/>
        <source>&amp;What to import:</source>
        <translation>导入内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="112"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="115"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="128"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="129"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xls *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="159"/>
        <source>%1 columns; header on row %2</source>
        <translation>%1 列；表头在第 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="164"/>
        <source>encoding %1 (detected)</source>
        <translation>编码 %1（自动识别）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="165"/>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="167"/>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop_crm/ui/files.py" line="49"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/files.py" line="53"/>
        <source>Open the &amp;file</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/files.py" line="54"/>
        <source>Open the f&amp;older</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="96"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="100"/>
        <source>Visit policy</source>
        <translation>拜访政策</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="103"/>
        <source>visited within policy</source>
        <translation>按政策拜访了</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="104"/>
        <source>visit overdue</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="106"/>
        <source>Customers whose tier asks a visit every N days: visited within the last N days, or not (never visited included)</source>
        <translation>等级要求每 N 天拜访一次的客户：最近 N 天内拜访过的，或没有拜访过的（含从未拜访）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="110"/>
        <source>Consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="113"/>
        <source>has consent</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="114"/>
        <source>has none</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="115"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="117"/>
        <source>Consent to marketing messages in force (the customer&apos;s own, or the primary contact&apos;s), none ever given, or withdrawn</source>
        <translation>营销信息同意：有效（客户本人或主要联系人的）、从未同意，或已撤回</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="120"/>
        <source>Overdue follow-up</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="121"/>
        <source>Active plan</source>
        <translation>有生效的计划书</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="125"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="102"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="112"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="264"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="276"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="268"/>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="277"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="46"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="67"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="22"/>
        <source>Welcome to desktop-crm</source>
        <translation>欢迎使用 desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="24"/>
        <source>desktop-crm keeps your customer files in one database file on this computer. There is none yet: create one, or open a file you already have.</source>
        <translation>desktop-crm 把客户档案保存在本机的一个数据库文件中。目前还没有：新建一个，或打开已有的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="28"/>
        <source>New database: %1</source>
        <translation>新数据库位置：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="31"/>
        <source>&amp;Create a new database</source>
        <translation>新建数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="34"/>
        <source>Create a new database &amp;elsewhere…</source>
        <translation>在其他位置新建数据库(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="36"/>
        <source>&amp;Open an existing file…</source>
        <translation>打开已有文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="52"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="61"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="53"/>
        <location filename="../../desktop_crm/ui/first_start.py" line="62"/>
        <source>desktop-crm database (*.sqlite3 *.db);;All files (*)</source>
        <translation>desktop-crm 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="126"/>
        <source>Done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="128"/>
        <source>Overdue: due %1</source>
        <translation>已逾期：%1 到期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="129"/>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="292"/>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="296"/>
        <source>Your user name is not on the staff list, so nothing is yours.</source>
        <translation>您的用户名不在员工名单中，因此没有属于您的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="301"/>
        <source>Only the follow-ups of your own visits and the plan actions you own. The count on the Follow-ups tab and in the status bar is everyone&apos;s.</source>
        <translation>只显示您自己拜访的跟进和您负责的计划行动。“跟进”标签和状态栏上的数字是所有人的。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="306"/>
        <source>Every account manager</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="312"/>
        <source>Show one account manager&apos;s follow-ups</source>
        <translation>只显示一位客户经理的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="314"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="315"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="316"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="319"/>
        <source>No open follow-ups. Set a follow-up date when you log a visit.</source>
        <translation>没有待办跟进。记录拜访时可以设置跟进日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="355"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="400"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 条待办跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="402"/>
        <source>Only yours: %1 open, %2 overdue · everyone&apos;s: %3 overdue</source>
        <translation>仅我的：%1 项未完成，%2 项逾期 · 全部：%3 项逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="404"/>
        <source>%4&apos;s: %1 open, %2 overdue · everyone&apos;s: %3 overdue</source>
        <translation>%4 的：%1 项未完成，%2 项逾期 · 全部：%3 项逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="416"/>
        <source>Could not load the follow-ups: %1</source>
        <translation>无法加载跟进：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="477"/>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="478"/>
        <source>Follow-up with %1 is done. Log the visit now?</source>
        <translation>与 %1 的跟进已完成。现在记录这次拜访吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="481"/>
        <source>Log the visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="482"/>
        <source>Just mark done</source>
        <translation>只标记完成</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="38"/>
        <source>Give to…</source>
        <translation>转给…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="43"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="44"/>
        <source>Give %n selected customer(s) to another account manager.</source>
        <translation>
            <numerusform>把选中的 %n 位客户转给另一位客户经理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="52"/>
        <source>&amp;Account manager</source>
        <translation>客户经理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="58"/>
        <source>&amp;Give</source>
        <translation>转交(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="85"/>
        <source>The selected customers belong to %1 already.</source>
        <translation>选中的客户已经归%1负责。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="87"/>
        <source>%n customer(s) will belong to %1 from now on. Each customer&apos;s history notes the change; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>这 %n 位客户从现在起归%1负责。每位客户的历史都会记下这次变更；按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="93"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync.</source>
        <translation>
            <numerusform>%n 位客户及其拜访、计划、会员和购买记录将在下次同步时转到%1的电脑上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="96"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave %2&apos;s laptop; changes not yet synced on that laptop are sent first, later ones become conflicts for %1.</source>
        <translation>
            <numerusform>%n 位客户及其拜访、计划、会员和购买记录将在下次同步时转到%1的电脑上，并从%2的电脑上移走；那台电脑上尚未同步的修改会先发出，之后的修改将成为%1要处理的冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="101"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave the laptops of %2; changes not yet synced on those laptops are sent first, later ones become conflicts for %1.</source>
        <translation>
            <numerusform>%n 位客户及其拜访、计划、会员和购买记录将在下次同步时转到%1的电脑上，并从%2的电脑上移走；那些电脑上尚未同步的修改会先发出，之后的修改将成为%1要处理的冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveInWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="117"/>
        <source>&amp;Give to…</source>
        <translation>转给(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="173"/>
        <source>Select the customers to give, then Give to… (%1).</source>
        <translation>先选中要转交的客户，再选“转给…”（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="196"/>
        <source>Gave %n customer(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已把 %n 位客户转给%1。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/give.py" line="202"/>
        <source>Giving customers…</source>
        <translation>正在转交客户…</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../desktop_crm/ui/glossary.py" line="11"/>
        <source>Aware</source>
        <translation>知晓</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/glossary.py" line="12"/>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/glossary.py" line="13"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="63"/>
        <source>desktop-crm user guide</source>
        <translation>desktop-crm 使用说明</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="70"/>
        <source>The user guide (README.md) is missing from this copy.</source>
        <translation>此副本缺少使用说明（README.md）。</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="40"/>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="55"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="56"/>
        <source>Open follow-ups</source>
        <translation>待办跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="80"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="81"/>
        <source>code assigned on save</source>
        <translation>保存时分配代码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="106"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="107"/>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="110"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="116"/>
        <source>%n open, next %1</source>
        <translation>
            <numerusform>%n 条待办，下次 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="118"/>
        <source>%n open, overdue since %1</source>
        <translation>
            <numerusform>%n 条待办，自 %1 起逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/header.py" line="122"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="165"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="165"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="165"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="166"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="180"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="181"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="182"/>
        <source>Restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="192"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="204"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifiersBox</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="42"/>
        <source>Use as the birthday</source>
        <translation>用作生日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="43"/>
        <source>Fill the empty birthday of the customer&apos;s own contact with the birth date of the ID number</source>
        <translation>用身份证号中的出生日期填写客户本人联系人的空生日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="62"/>
        <source>Only administrators and managers see a resident ID number in full; it cannot be changed here.</source>
        <translation>只有管理员和经理能看到完整的居民身份证号；此处无法修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="86"/>
        <source>%1 is valid.</source>
        <translation>%1 有效。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="103"/>
        <source>Born on %1 (from the resident ID number).</source>
        <translation>出生日期 %1（取自居民身份证号）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/identifiers_box.py" line="121"/>
        <source>The birthday is now %1.</source>
        <translation>生日已设为 %1。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="70"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="75"/>
        <source>&amp;Revert…</source>
        <translation>撤销导入(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="77"/>
        <source>Reverting removes what an import created and puts back the fields it changed.</source>
        <translation>撤销导入会删除该次导入新建的记录，并恢复它修改过的字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="114"/>
        <source>Revert import no. %1? %2 records it created will be removed and %3 records it changed will get their old values back.</source>
        <translation>撤销第 %1 次导入？将删除它新建的 %2 条记录，并把它修改过的 %3 条记录恢复为原来的值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="118"/>
        <source>%1 of the customers it created were changed since; they are removed with those changes.</source>
        <translation>其中 %1 个新建的客户在导入后被修改过；撤销时会连同这些修改一起删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="120"/>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="133"/>
        <source>Revert import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/history.py" line="136"/>
        <source>Reverting the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="65"/>
        <source>%1 rows: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 rejected.</source>
        <translation>共 %1 行：新建 %2，更新 %3，无变化 %4，跳过 %5，拒绝 %6。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="70"/>
        <source>%n of the new members bring(s) a new customer.</source>
        <translation>
            <numerusform>其中 %n 位新会员将同时新建客户档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="45"/>
        <source>desktop-crm — %1</source>
        <translation>desktop-crm — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="284"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="93"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="94"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="95"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="97"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="102"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="103"/>
        <source>Bac&amp;kups…</source>
        <translation>备份列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="104"/>
        <source>Re&amp;store from a backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="105"/>
        <source>Re&amp;cover a damaged file…</source>
        <translation>修复损坏的文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="107"/>
        <source>Remove encr&amp;yption…</source>
        <translation>取消加密(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="108"/>
        <source>&amp;Encrypt…</source>
        <translation>加密(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="111"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="113"/>
        <source>E&amp;xport the customer list…</source>
        <translation>导出客户列表(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="115"/>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="117"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="121"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="122"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="124"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="127"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="139"/>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="140"/>
        <source>&amp;About desktop-crm</source>
        <translation>关于 desktop-crm(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="258"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="302"/>
        <source>%n customer(s) in the file</source>
        <translation>
            <numerusform>文件中共 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="304"/>
        <source>%n overdue follow-up(s)</source>
        <translation>
            <numerusform>%n 条逾期跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="309"/>
        <source>Follow-ups (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="313"/>
        <source>%n follow-up(s) are overdue.</source>
        <translation>
            <numerusform>有 %n 条跟进已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="313"/>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="329"/>
        <source>Welcome to desktop-crm</source>
        <translation>欢迎使用 desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="330"/>
        <source>This database is empty. Load demo data (%1 customers with contacts, visits, purchases and plans) to try the app?</source>
        <translation>这个数据库是空的。要载入演示数据（%1 个客户，含联系人、拜访、购买记录和经营计划）来试用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="345"/>
        <source>Demo data cancelled; nothing was written.</source>
        <translation>已取消演示数据，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="347"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="351"/>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="405"/>
        <source>This file is damaged, so it is open read-only. You can search, read, print and export; changes cannot be saved. Use File ▸ Recover a damaged file… to rescue what can be read into a new file, or restore a backup.</source>
        <translation>此文件已损坏，因此以只读方式打开。可以搜索、查看、打印和导出，但不能保存修改。请用“文件 ▸ 修复损坏的文件…”把能读出的内容救到一个新文件，或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="411"/>
        <source>This file is open read-only (%1). You can search, read, print and export; changes cannot be saved. To edit it, copy it to a folder of your own and open the copy.</source>
        <translation>此文件以只读方式打开（%1）。可以搜索、查看、打印和导出，但不能保存修改。如需编辑，请把它复制到您自己的文件夹，再打开副本。</translation>
    </message>
</context>
<context>
    <name>ManageFieldsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="112"/>
        <source>Manage custom fields</source>
        <translation>管理自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="114"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="114"/>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="114"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="115"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="115"/>
        <source>Values</source>
        <translation>已填数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="119"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="120"/>
        <source>Edit choices…</source>
        <translation>编辑选项…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="121"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="174"/>
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="174"/>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="185"/>
        <source>Edit choices</source>
        <translation>编辑选项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="185"/>
        <source>Choices, one per line:</source>
        <translation>选项，每行一个：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="198"/>
        <source>Delete the field %1 and the values of %n customer(s) in it? The values stay readable in each customer&apos;s history.</source>
        <translation>
            <numerusform>删除字段 %1 以及 %n 个客户在其中的值吗？这些值仍可在各客户的修改历史中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="201"/>
        <source>Delete custom field</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="201"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="180"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="181"/>
        <source>Each column of the file goes into the field chosen beside it, or becomes a new field. Suggestions come from the headers and from your last import of the same columns.</source>
        <translation>文件的每一列导入到右侧所选的字段，或成为新字段。建议来自表头，以及您上次导入相同列时的选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="185"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="185"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="186"/>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="194"/>
        <source>&amp;update it</source>
        <translation>更新它(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="194"/>
        <source>create a &amp;new one</source>
        <translation>另建新记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="195"/>
        <source>s&amp;kip the row</source>
        <translation>跳过该行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="204"/>
        <source>A member whose customer is not on file brings a new customer (a person with the row&apos;s name and phone)</source>
        <translation>档案中没有的会员，按该行的姓名和手机新建客户（个人）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="213"/>
        <source>Find existing records by:</source>
        <translation>按此列查找已有记录：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="214"/>
        <source>When a row matches one:</source>
        <translation>某行与已有记录匹配时：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="247"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="250"/>
        <source>New field “%1” (%2)</source>
        <translation>新字段“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="255"/>
        <source>%1 (custom field)</source>
        <translation>%1（自定义字段）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="290"/>
        <source>nothing: new rows are checked for likely duplicates</source>
        <translation>不查找：新行按可能重复检查</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="291"/>
        <source>nothing: every row is new</source>
        <translation>不查找：每行都新建</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="302"/>
        <source>Columns: %1 into fields, %2 as new fields, %3 not imported.</source>
        <translation>各列：%1 列导入字段，%2 列成为新字段，%3 列不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="322"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="28"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="28"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="29"/>
        <location filename="../../desktop_crm/ui/members/card.py" line="41"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="29"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="30"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="30"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="31"/>
        <source>Household</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="40"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="40"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="40"/>
        <source>Product or note</source>
        <translation>商品或说明</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="46"/>
        <source>Purchase…</source>
        <translation>消费…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="47"/>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="48"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="49"/>
        <source>Correct points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="50"/>
        <source>Open customer file</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="64"/>
        <source>Purchases and points</source>
        <translation>消费与积分记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="85"/>
        <source>due %1</source>
        <translation>预产期 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="87"/>
        <source>children born %1</source>
        <translation>孩子生日 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="106"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="106"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="107"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="107"/>
        <source>Correction</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>MemberTab</name>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="154"/>
        <source>Make a member…</source>
        <translation>办理会员卡…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="176"/>
        <source>Not a member.</source>
        <translation>尚不是会员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/card.py" line="177"/>
        <source>Save the customer first.</source>
        <translation>请先保存客户。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="48"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="48"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="49"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="49"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="49"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="49"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="109"/>
        <source>Card number, name, phone or pinyin</source>
        <translation>卡号、姓名、电话或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="113"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="118"/>
        <source>Counter (F2)</source>
        <translation>收银台 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="119"/>
        <source>Record a purchase: find the member, type the amount, Enter.</source>
        <translation>记录消费：找到会员，输入金额，按回车。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="120"/>
        <source>New member…</source>
        <translation>新会员…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="121"/>
        <source>Points rules…</source>
        <translation>积分规则…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="122"/>
        <source>Update levels</source>
        <translation>更新等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="123"/>
        <location filename="../../desktop_crm/ui/members/page.py" line="302"/>
        <location filename="../../desktop_crm/ui/members/page.py" line="306"/>
        <location filename="../../desktop_crm/ui/members/page.py" line="314"/>
        <source>Expire points</source>
        <translation>积分过期处理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="146"/>
        <source>Give selected to</source>
        <translation>将所选交给</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="147"/>
        <source>Select members (Ctrl or Shift + click), then choose the staff member.</source>
        <translation>先选中会员（按住 Ctrl 或 Shift 点击），再选择员工。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="214"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="215"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/page.py" line="241"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="291"/>
        <source>Levels updated</source>
        <translation>等级已更新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/page.py" line="292"/>
        <source>%n members changed level.</source>
        <translation>
            <numerusform>%n 位会员等级有变化。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="297"/>
        <source>Updating levels…</source>
        <translation>正在更新等级…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="303"/>
        <source>Points never expire under the current rules.</source>
        <translation>按当前规则积分永不过期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="307"/>
        <source>Points earned more than %1 months ago and not used will lapse. This cannot be undone. Go on?</source>
        <translation>%1 个月前获得且未使用的积分将作废，且无法撤销。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="315"/>
        <source>%1 points of %2 members expired.</source>
        <translation>%2 位会员共 %1 积分已过期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="322"/>
        <source>Expiring points…</source>
        <translation>正在处理过期积分…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="334"/>
        <source>Give members</source>
        <translation>转交会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/page.py" line="335"/>
        <source>Give %1 members (and their customer files) to %2?</source>
        <translation>把 %1 位会员（及其客户档案）交给 %2？</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="36"/>
        <source>Merge two customers</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="48"/>
        <source>&amp;Keep the other one</source>
        <translation>改为保留另一份(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="49"/>
        <source>Swap which dossier survives (and keeps its code)</source>
        <translation>交换保留哪一份档案（保留的档案保留其客户代码）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="52"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="72"/>
        <source>%1 (%2) stays and keeps its code; %3 (%4) is merged into it and moved to the trash. Choose the value to keep where they differ.</source>
        <translation>保留 %1（%2）及其客户代码；%3（%4）并入其中并移到回收站。请在两者不同的字段中选择要保留的值。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="77"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="77"/>
        <source>Keep: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="78"/>
        <source>Merged: %1</source>
        <translation>并入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="85"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="92"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="92"/>
        <source>visits</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="93"/>
        <source>plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="93"/>
        <source>purchases</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="94"/>
        <source>member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="94"/>
        <source>campaign entries</source>
        <translation>活动目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="95"/>
        <source>metric values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="96"/>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="100"/>
        <source>Moved to the kept dossier: %1.</source>
        <translation>移到保留档案的记录：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="101"/>
        <source>nothing attached</source>
        <translation>无关联记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="101"/>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="103"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="103"/>
        <source>Tags added: %1.</source>
        <translation>新增标签：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="105"/>
        <source>Both are members: the second card stays with the merged dossier in the trash.</source>
        <translation>两者都是会员：第二张会员卡随被合并的档案留在回收站。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="132"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="85"/>
        <source>Kept</source>
        <translation>保留的档案</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="85"/>
        <source>Merged into it</source>
        <translation>并入的档案</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="85"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="107"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="32"/>
        <source>Customer value model</source>
        <translation>客户价值模型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="39"/>
        <source>Criteria</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="48"/>
        <source>Pairwise comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="57"/>
        <source>Use the suggested value</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="61"/>
        <source>z-score (distance from the mean in standard deviations)</source>
        <translation>z 分数（与平均值相差几个标准差）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="62"/>
        <source>min-max (0 for the lowest, 1 for the highest)</source>
        <translation>极差法（最低为 0，最高为 1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="78"/>
        <source>Standardise indicators by</source>
        <translation>指标标准化方法</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="86"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="89"/>
        <source>Source&apos;s defaults</source>
        <translation>恢复原文默认值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="136"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="154"/>
        <source>How much more important is the row than the column? 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round.</source>
        <translation>行指标比列指标重要多少？1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；1/3 … 1/9 表示反过来。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="157"/>
        <source>Criterion: %1</source>
        <translation>准则：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="175"/>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="181"/>
        <source>Place %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="189"/>
        <source>λmax %1 · CI %2 · CR %3</source>
        <translation>λmax %1 · CI %2 · CR %3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="191"/>
        <source>consistent enough (CR &lt; 0.1)</source>
        <translation>一致性可以接受（CR &lt; 0.1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="192"/>
        <source>too inconsistent (CR ≥ 0.1): revise before saving</source>
        <translation>一致性不足（CR ≥ 0.1）：请修改后再保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="207"/>
        <source>Most inconsistent: %1 against %2 is %3; the other judgements imply about %4.</source>
        <translation>最不一致的判断：%1 对 %2 为 %3；其他判断推算约为 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="223"/>
        <source>Revise the inconsistent matrix first: %1</source>
        <translation>请先修改不一致的判断矩阵：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="229"/>
        <source>Global weights: %1</source>
        <translation>综合权重：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="245"/>
        <source>Not a judgement</source>
        <translation>不是有效的判断值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="246"/>
        <source>Type a number from 1/9 to 9, for example 3 or 1/3.</source>
        <translation>请输入 1/9 到 9 之间的数，例如 3 或 1/3。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="281"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/ahp_editor.py" line="282"/>
        <source>A matrix is too inconsistent (CR ≥ 0.1); revise it first.</source>
        <translation>有判断矩阵一致性不足（CR ≥ 0.1），请先修改。</translation>
    </message>
</context>
<context>
    <name>MoveMembersDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="306"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="333"/>
        <source>Move members</source>
        <translation>转移会员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="309"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="317"/>
        <source>All members of:</source>
        <translation>转出员工的全部会员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="318"/>
        <source>Go to:</source>
        <translation>转给：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="329"/>
        <source>Choose two different staff members.</source>
        <translation>请选择两名不同的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="334"/>
        <source>Move every member of %1 to %2? Their customer files move too; the change is kept in each file&apos;s history.</source>
        <translation>把 %1 的全部会员转给 %2？客户档案一并转交，变更记入各档案历史。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="349"/>
        <source>Moving members…</source>
        <translation>正在转移会员…</translation>
    </message>
</context>
<context>
    <name>MovedDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/moved.py" line="22"/>
        <source>Customers moved by the team</source>
        <translation>团队转来或转走的客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="26"/>
        <source>Given to you (%n):</source>
        <translation>
            <numerusform>转给您的（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="27"/>
        <source>Given to someone else, no longer on this laptop (%n):</source>
        <translation>
            <numerusform>已转给别人、不再在本机上的（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/moved.py" line="38"/>
        <source>A customer that left stays with the team: its new account manager has it, with your synced changes.</source>
        <translation>转走的客户仍在团队里：新的客户经理接手了它，包括您已同步的修改。</translation>
    </message>
</context>
<context>
    <name>MovedNotice</name>
    <message>
        <location filename="../../desktop_crm/ui/team/moved.py" line="63"/>
        <source>Show which customers came and went</source>
        <translation>查看转来和转走的客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="79"/>
        <source>%n customer(s) came</source>
        <translation>
            <numerusform>转来 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="81"/>
        <source>%n left</source>
        <translation>
            <numerusform>转走 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/moved.py" line="91"/>
        <source>Given to you: %1.</source>
        <translation>转给您：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/moved.py" line="93"/>
        <source>Given to someone else: %1.</source>
        <translation>已转给别人：%1。</translation>
    </message>
</context>
<context>
    <name>NewLoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="245"/>
        <source>Add a login</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="261"/>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="262"/>
        <source>&amp;Name (staff):</source>
        <translation>姓名（员工）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="263"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="264"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="265"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="266"/>
        <source>A&amp;gain:</source>
        <translation>再输一次(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="278"/>
        <source>Type the login and the staff member&apos;s name.</source>
        <translation>请输入账号和员工姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="280"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="85"/>
        <source>Encrypt the database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="88"/>
        <source>%1 and its future backups will be encrypted: without the passphrase nobody can read the customer data in them. The passphrase is asked each time the file is opened.</source>
        <translation>%1 及其今后的备份都将加密：没有密码短语，谁也读不到其中的客户资料。每次打开此文件时都会要求输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="93"/>
        <source>If you forget the passphrase, nobody can open this file or its backups — not you, not support. It cannot be recovered: write it down and keep it safe.</source>
        <translation>如果忘记密码短语，任何人都无法打开此文件及其备份——您自己和技术支持也不行。密码短语无法找回：请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="103"/>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>在这台电脑上记住(保存在系统钥匙串中)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="105"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="106"/>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="112"/>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="129"/>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="130"/>
        <source>At least %1 characters; a few unrelated words make a strong passphrase.</source>
        <translation>至少 %1 个字符；几个互不相关的词组合起来就是很强的密码短语。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="135"/>
        <source>Too short: at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="138"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="148"/>
        <source>weak — easy to guess</source>
        <translation>弱——容易被猜到</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="150"/>
        <source>fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="151"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="137"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/rows.py" line="137"/>
        <source>Target</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="210"/>
        <source>Opening %1… A file from an earlier version is backed up and upgraded first, which can take a few minutes.</source>
        <translation>正在打开 %1… 旧版本建立的文件会先备份并升级，可能需要几分钟。</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="48"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="48"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="48"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="48"/>
        <source>Problem or note</source>
        <translation>问题或提示</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="49"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="49"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="50"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="50"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="51"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="52"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="52"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="53"/>
        <source>name reads the same</source>
        <translation>名称读音相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="123"/>
        <source>Likely duplicate of %1 (%2): %3.</source>
        <translation>可能与 %1（%2）重复：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="125"/>
        <source>Likely the same as line %2 (%1): %3.</source>
        <translation>可能与第 %2 行（%1）相同：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="128"/>
        <source>Not on staff: %1.</source>
        <translation>不在员工名单中：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="128"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>OwnerModel</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="35"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="35"/>
        <source>Contact group</source>
        <translation>联系组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="35"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="36"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="36"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="36"/>
        <source>Held back</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="37"/>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="37"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="37"/>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="37"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="67"/>
        <source>Double-click to list this account manager&apos;s customers.</source>
        <translation>双击列出这位客户经理的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="74"/>
        <source>Whole campaign</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/by_owner.py" line="75"/>
        <source>No account manager</source>
        <translation>无客户经理</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="37"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="37"/>
        <source>Probably the same as</source>
        <translation>可能与之重复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="37"/>
        <source>Area</source>
        <translation>商圈</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="38"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="38"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="40"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="40"/>
        <source>a contact&apos;s phone</source>
        <translation>联系人电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="41"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="41"/>
        <source>same pinyin</source>
        <translation>拼音相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="42"/>
        <source>similar name</source>
        <translation>名称相近</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="42"/>
        <source>name contains</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="43"/>
        <source>name within</source>
        <translation>名称被包含</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="43"/>
        <source>same initials</source>
        <translation>拼音首字母相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="72"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="76"/>
        <source>%1% alike</source>
        <translation>相似度 %1%</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="41"/>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="43"/>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 已加密。请输入密码短语以打开它。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="47"/>
        <source>The passphrase is wrong; the file was not changed. Type it again, minding capital letters and the keyboard layout.</source>
        <translation>密码短语不对，文件没有任何改动。请再输入一次，注意大小写和键盘输入法。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="53"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/encryption.py" line="55"/>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>在这台电脑上记住(保存在系统钥匙串中)(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/printing.py" line="61"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/printing.py" line="68"/>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/printing.py" line="113"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PersonDataButton</name>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="73"/>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="134"/>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="78"/>
        <source>Export this person&apos;s data…</source>
        <translation>导出此人的信息…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="79"/>
        <source>Erase this person…</source>
        <translation>删除此人的信息…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="90"/>
        <source>Export this person&apos;s data to</source>
        <translation>导出此人的信息到</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="101"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="104"/>
        <source>Export this person&apos;s data</source>
        <translation>导出此人的信息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="105"/>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="117"/>
        <source>Erasing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="120"/>
        <source>The personal data was erased.</source>
        <translation>个人信息已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="123"/>
        <source>Still in %1 (made by hand: delete it yourself).</source>
        <translation>%1 中仍有旧数据（手动备份：请自行删除）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="126"/>
        <source>Still in %1 until %2 at the latest.</source>
        <translation>%1 中仍有旧数据，最迟保留到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/person_rights.py" line="129"/>
        <source>Erase this person</source>
        <translation>删除此人的信息</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="90"/>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="92"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="93"/>
        <source>T&amp;emplate</source>
        <translation>模板(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="100"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="101"/>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="284"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="102"/>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="290"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="103"/>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="104"/>
        <source>Compare versions…</source>
        <translation>比较版本…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="105"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="106"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="107"/>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="108"/>
        <source>Open PDF</source>
        <translation>打开PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="109"/>
        <source>Edit template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="132"/>
        <source>Background &amp;&amp; analysis</source>
        <translation>背景与分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="133"/>
        <source>SWOT</source>
        <translation>SWOT分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="134"/>
        <source>Strategies</source>
        <translation>经营策略</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="135"/>
        <source>Actions &amp;&amp; objectives</source>
        <translation>方案与目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="136"/>
        <source>Closing &amp;&amp; signatures</source>
        <translation>结束语与签名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="171"/>
        <source>New plan (not saved)</source>
        <translation>新计划书（未保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="206"/>
        <source>Account plan: %1</source>
        <translation>客户经营计划书：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="232"/>
        <source>Saved version %1.</source>
        <translation>已保存第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="240"/>
        <source>Action %1: &quot;%2&quot; is not a date. Use YYYY-MM-DD.</source>
        <translation>第 %1 条行动：“%2”不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="243"/>
        <source>Action %1 has no text: write what is to be done.</source>
        <translation>第 %1 条行动没有内容：请写明要做什么。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="246"/>
        <source>&quot;%1&quot; is not a date. Use YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="270"/>
        <source>Version %1 is a new draft copied from the plan you had open.</source>
        <translation>第 %1 版是从刚才打开的计划书复制的新草稿。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="280"/>
        <source>Make this plan the active one?</source>
        <translation>启用这份计划书？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="282"/>
        <source>Make this plan the active one? Version %1, active now, will be archived.</source>
        <translation>启用这份计划书？当前执行中的第 %1 版将被归档。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="289"/>
        <source>Archive this plan? Its actions leave the follow-up agenda.</source>
        <translation>归档这份计划书？其中的行动将不再出现在跟进日程中。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="300"/>
        <source>Delete this draft for good? This cannot be undone.</source>
        <translation>永久删除这份草稿？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="301"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="327"/>
        <source>Save or undo your changes before opening another version.</source>
        <translation>请先保存或撤销修改，再打开其他版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="339"/>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="464"/>
        <source>Account plan</source>
        <translation>客户经营计划书</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="400"/>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="406"/>
        <source>Save plan as PDF</source>
        <translation>将计划书另存为PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="410"/>
        <source>Saved the PDF as %1.</source>
        <translation>PDF已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="418"/>
        <source>No TrueType Chinese font was found: this PDF uses a built-in font that is not embedded and may look different on other computers. Install one, e.g. fonts-wqy-microhei.</source>
        <translation>未找到 TrueType 中文字体：此 PDF 使用了未嵌入的内置字体，在其他电脑上可能显示不同。请安装一种中文字体，例如 fonts-wqy-microhei。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/editor.py" line="465"/>
        <source>This plan has changes that are not saved.</source>
        <translation>这份计划书有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="29"/>
        <source>Code</source>
        <translation>客户代码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="29"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="30"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="30"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="31"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="31"/>
        <source>Open actions</source>
        <translation>未完成行动</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="78"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="83"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="85"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="86"/>
        <source>Print the plans of the selected customers, or of all listed when none is selected</source>
        <translation>打印所选客户的计划书；未选择时打印列表中的全部</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="89"/>
        <source>Edit &amp;templates…</source>
        <translation>编辑模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="92"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="112"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/page.py" line="123"/>
        <source>Could not load the plans: %1</source>
        <translation>无法加载计划书：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/plans/page.py" line="125"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 份计划书</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="35"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="37"/>
        <source>SWOT points</source>
        <translation>SWOT 要点</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="37"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="38"/>
        <source>Open actions</source>
        <translation>未完成行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="58"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="58"/>
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="58"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="73"/>
        <source>%n account plan(s)</source>
        <translation>
            <numerusform>%n 份经营计划</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="74"/>
        <source>No account plans yet.</source>
        <translation>还没有经营计划。</translation>
    </message>
</context>
<context>
    <name>PlansTabActions</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/dossier_tab.py" line="22"/>
        <source>New plan</source>
        <translation>新建计划书</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/dossier_tab.py" line="32"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/dossier_tab.py" line="35"/>
        <source>Print file card…</source>
        <translation>打印客户资料卡…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="143"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="144"/>
        <source>Nothing has been written yet. Rows with problems are left out; you can save them with the reasons, fix them and import them again.</source>
        <translation>尚未写入任何数据。有问题的行不会导入；可以连同原因另存，修改后再次导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="155"/>
        <source>as suggested for each row</source>
        <translation>按每行的建议</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="156"/>
        <source>update the customer found</source>
        <translation>更新找到的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="157"/>
        <source>create a new customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="158"/>
        <source>skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="162"/>
        <source>Likely duplicates:</source>
        <translation>可能重复的行：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="166"/>
        <source>Selected rows:</source>
        <translation>选中的行：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="168"/>
        <source>&amp;Update the customer found</source>
        <translation>更新找到的客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="169"/>
        <source>Create &amp;new</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="169"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="182"/>
        <source>create them as staff members</source>
        <translation>新建为员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="183"/>
        <source>leave the field empty</source>
        <translation>该字段留空</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="186"/>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="207"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="216"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="224"/>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="239"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="225"/>
        <source>, …</source>
        <translation>等</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="226"/>
        <source>%n staff name(s) not on file: %1. For these:</source>
        <translation>
            <numerusform>有 %n 个员工姓名不在员工名单中：%1。对这些姓名：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="239"/>
        <source>New fields: %1.</source>
        <translation>新字段：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="241"/>
        <source>%n row(s) are likely duplicates: choose for each what it does.</source>
        <translation>
            <numerusform>%n 行可能重复：请为每行选择处理方式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="264"/>
        <source>Checking was cancelled. Go back, or check again.</source>
        <translation>检查已取消。可返回上一步或重新检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="268"/>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="281"/>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="288"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="282"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="286"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="291"/>
        <source>Rejected rows saved to %1.</source>
        <translation>被拒绝的行已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PublishOffer</name>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="29"/>
        <source>This file holds customers</source>
        <translation>此文件中已有客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="34"/>
        <source>This file holds %n customer(s); the team&apos;s data holds %1 already.</source>
        <translation>
            <numerusform>此文件中有 %n 个客户；团队数据中已有 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="36"/>
        <source>&amp;Merge this file into the team&apos;s data</source>
        <translation>将此文件合并到团队数据(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="38"/>
        <source>Merge: customers with the same code, phone or name are taken to be the team&apos;s, their fields merged; the rest are added, and a report lists each.

Connect only: the first sync sends every customer as it is, so those the team has already will be there twice.</source>
        <translation>合并：编号、电话或名称相同的客户视为团队中的同一客户，字段合并；其余的新增，并有一份报告逐一列出。

仅连接：首次同步原样发送每个客户，团队已有的客户会出现两次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="44"/>
        <source>This file holds %n customer(s); the team server has none yet.</source>
        <translation>
            <numerusform>此文件中有 %n 个客户；团队服务器上还没有客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="46"/>
        <source>&amp;Publish this file as the team&apos;s data</source>
        <translation>将此文件发布为团队数据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="48"/>
        <source>Publish: this file&apos;s customers, visits and contacts become the team&apos;s starting data, and a report lists what was sent.

Connect only: the first sync sends everything as it is, without a report; a second file connected so would bring its customers in twice.</source>
        <translation>发布：此文件的客户、拜访和联系人成为团队的初始数据，并有一份报告列出发送的内容。

仅连接：首次同步原样发送全部内容，没有报告；再这样连接第二个文件，其客户会出现两次。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="53"/>
        <source>Connect &amp;only</source>
        <translation>仅连接(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="59"/>
        <source>This file holds %n customer(s). Connecting it sends them all to the team at the first sync, each as a new customer: any the team has already will be there twice.</source>
        <translation>
            <numerusform>此文件中有 %n 个客户。连接后，首次同步会把它们全部作为新客户发送给团队：团队已有的客户会出现两次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="63"/>
        <source>To merge this file into the team&apos;s data instead, ask an administrator to publish it (File ▸ Team server… with an administrator&apos;s login). Connect anyway?</source>
        <translation>如要将此文件合并到团队数据，请管理员发布它（用管理员账号打开 文件 ▸ 团队服务器…）。仍要连接吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="65"/>
        <source>Connect &amp;anyway</source>
        <translation>仍然连接(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="85"/>
        <source>matched by code</source>
        <translation>按编号匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="86"/>
        <source>matched by the duplicate rules</source>
        <translation>按查重规则匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="89"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="90"/>
        <source>code changed</source>
        <translation>编号已更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="96"/>
        <source>Published to %1: %2 records sent, %3 received.</source>
        <translation>已发布到 %1：发送 %2 条记录，收到 %3 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="101"/>
        <source>%n customer(s) were on the team server already (published before): no duplicates made.</source>
        <translation>
            <numerusform>%n 个客户已在团队服务器上（以前发布过）：没有产生重复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="103"/>
        <source>Matched by code: %n</source>
        <translation>
            <numerusform>按编号匹配：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="105"/>
        <source>Matched by the duplicate rules (same phone or name): %n</source>
        <translation>
            <numerusform>按查重规则匹配（电话或名称相同）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="111"/>
        <source>Added: %n</source>
        <translation>
            <numerusform>新增：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="115"/>
        <source>Code changes (the code was another customer&apos;s in the team): %n</source>
        <translation>
            <numerusform>编号更改（该编号在团队中属于另一个客户）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="120"/>
        <source>%n field(s) differ between this file and the team&apos;s data: review them on the Conflicts tab.</source>
        <translation>
            <numerusform>此文件与团队数据有 %n 个字段不同：请在“冲突”页查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishReportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="148"/>
        <source>Publishing report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="151"/>
        <source>%1 matched by code, %2 by the duplicate rules, %3 added, %4 with a new code.</source>
        <translation>按编号匹配 %1 个，按查重规则匹配 %2 个，新增 %3 个，%4 个换了新编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="161"/>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="174"/>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="191"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="175"/>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="185"/>
        <source>What</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="185"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="185"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="186"/>
        <source>Team&apos;s code</source>
        <translation>团队编号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="186"/>
        <source>Team&apos;s name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="192"/>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="86"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="86"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="87"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="88"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="88"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="103"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="104"/>
        <source>Total quantity</source>
        <translation>总数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="105"/>
        <source>Total amount</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="106"/>
        <source>Total gross profit</source>
        <translation>总毛利</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="107"/>
        <source>Points earned / redeemed</source>
        <translation>获得 / 兑换积分</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="39"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuadrantGrid</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="99"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="99"/>
        <source>Add a point (Insert)</source>
        <translation>添加一条（Insert）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="100"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="100"/>
        <source>Remove the point (Delete)</source>
        <translation>删除这一条（Delete）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="101"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="102"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/swot.py" line="114"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="395"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="396"/>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="397"/>
        <source>its folder is read-only</source>
        <translation>所在文件夹是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="398"/>
        <source>opened read-only</source>
        <translation>按只读方式打开</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="68"/>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="72"/>
        <source>e.g. thermos cup, 20-yuan voucher</source>
        <translation>例如：保温杯、20 元代金券</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="73"/>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="74"/>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="75"/>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="76"/>
        <source>&amp;Exchanged for:</source>
        <translation>兑换内容(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="216"/>
        <source>Reschedule follow-up</source>
        <translation>跟进改期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="228"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="228"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="229"/>
        <source>+2 weeks</source>
        <translation>+2 周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="229"/>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="242"/>
        <source>%1 (%2): due %3</source>
        <translation>%1（%2）：%3 到期</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="99"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/sections.py" line="100"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="31"/>
        <source>Points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="36"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="37"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="38"/>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="39"/>
        <source>Points per yuan:</source>
        <translation>每元积分：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="40"/>
        <source>Level from spend in the last:</source>
        <translation>按最近消费评定等级：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="48"/>
        <source>%1 from:</source>
        <translation>%1起点：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="49"/>
        <source>Points expire after:</source>
        <translation>积分有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/dialogs.py" line="50"/>
        <source>Levels follow the rules after a purchase and when you press “Update levels”; points expire when you press “Expire points”.</source>
        <translation>每次消费后以及点击“更新等级”时按规则调整等级；点击“积分过期处理”时清理过期积分。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="338"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="341"/>
        <source>&amp;Revert this import…</source>
        <translation>撤销本次导入(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="354"/>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="360"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="365"/>
        <source>Imported. %1</source>
        <translation>导入完成。%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="367"/>
        <source>This was import no. %1; it can be reverted here or later from File ▸ Import history.</source>
        <translation>这是第 %1 次导入；可在此处或稍后在“文件 ▸ 导入记录”中撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="379"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="381"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="394"/>
        <source>The import was reverted.</source>
        <translation>本次导入已撤销。</translation>
    </message>
</context>
<context>
    <name>SavedFiltersButton</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="31"/>
        <source>Saved filters</source>
        <translation>常用筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="47"/>
        <source>No saved filters yet</source>
        <translation>还没有保存的筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="49"/>
        <source>Save the current filter…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="50"/>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="85"/>
        <source>Delete a saved filter</source>
        <translation>删除保存的筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="63"/>
        <source>Choose some filters first: this one would be every customer.</source>
        <translation>请先选择筛选条件：当前条件包含全部客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="65"/>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="70"/>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="65"/>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="71"/>
        <source>A filter called %1 exists. Replace it?</source>
        <translation>已有名为“%1”的筛选，要替换吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="79"/>
        <source>Saved the filter %1.</source>
        <translation>已保存筛选“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="86"/>
        <source>Delete the saved filter %1? Campaigns already made from it keep their customers.</source>
        <translation>删除保存的筛选“%1”？已用它建立的营销活动保留各自的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/saved_filters.py" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="42"/>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="42"/>
        <source>Value quadrant</source>
        <translation>价值象限</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="43"/>
        <source>Volume × loyalty</source>
        <translation>规模×忠诚</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="43"/>
        <source>Asset grade (scored)</source>
        <translation>资产评级（评分）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="44"/>
        <source>Suggested tier and policy</source>
        <translation>建议等级与服务政策</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="44"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="45"/>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="45"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="46"/>
        <source>Satisfaction / NPS</source>
        <translation>满意度 / NPS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="47"/>
        <source>File completeness / last update</source>
        <translation>档案完整度 / 未更新天数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="59"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="59"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="60"/>
        <source>Raw value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="61"/>
        <source>Standardised</source>
        <translation>标准化值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="61"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="62"/>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="105"/>
        <source>Added since the latest scoring run: scoring…</source>
        <translation>在最近一次评分之后新建：正在评分…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="110"/>
        <source>Not scored yet: score every customer under Analytics (Score now).</source>
        <translation>尚未评分：请在“分析”中点击“立即评分”。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="115"/>
        <source>Scored as of %1 (run %2).</source>
        <translation>评分截至 %1（第 %2 次评分）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="118"/>
        <source>Re-scored after a change on %1.</source>
        <translation>%1 因资料变化已重新评分。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="121"/>
        <source>Changed since: re-scoring…</source>
        <translation>此后资料有变化：正在重新评分…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="127"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="128"/>
        <source>Every key field is filled.</source>
        <translation>关键字段都已填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="156"/>
        <source>%1 (above %2 of customers)</source>
        <translation>%1（高于 %2 的客户）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="166"/>
        <source>visit every %1 days</source>
        <translation>每 %1 天拜访一次</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="171"/>
        <source>(now: %1)</source>
        <translation>（当前：%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="175"/>
        <source>no purchases</source>
        <translation>无购买记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="184"/>
        <source> · not updated for long</source>
        <translation> · 久未更新</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="185"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="200"/>
        <source>Total = value score</source>
        <translation>合计 = 价值得分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="215"/>
        <source>Value across scoring runs</source>
        <translation>历次评分的价值变化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="215"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="216"/>
        <source>Current</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/scores_tab.py" line="216"/>
        <source>Potential</source>
        <translation>潜在价值</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="78"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="84"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="90"/>
        <source>Your name, as it appears in the history</source>
        <translation>您的姓名，会记录在修改历史中</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="91"/>
        <source>A new language applies after restarting the app.</source>
        <translation>更换语言后需重新启动应用才生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="94"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="95"/>
        <source>&amp;Default database</source>
        <translation>默认数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="98"/>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="100"/>
        <source>Show resident ID numbers in &amp;full (on screen, in print and in exports)</source>
        <translation>完整显示居民身份证号(&amp;F)（屏幕、打印和导出）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="107"/>
        <source>Your role in the team decides: managers and administrators see them in full.</source>
        <translation>由您在团队中的角色决定：经理和管理员可看到完整号码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="109"/>
        <source>Otherwise they are masked (110105********002X), e.g. for a screen others can see.</source>
        <translation>否则以掩码显示（110105********002X），例如屏幕可能被他人看到时。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="111"/>
        <source>This file</source>
        <translation>本文件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="123"/>
        <source>Default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="124"/>
        <source>desktop-crm database (*.sqlite3);;All files (*)</source>
        <translation>desktop-crm 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="65"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="77"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="79"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="80"/>
        <source>Works here now</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="85"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="86"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="87"/>
        <source>Members to look after:</source>
        <translation>负责会员目标：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="88"/>
        <source>Interactions per month:</source>
        <translation>每月互动目标：</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="120"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="139"/>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="120"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="139"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="121"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="138"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="123"/>
        <source>Add staff…</source>
        <translation>添加员工…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="124"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="125"/>
        <source>Move members…</source>
        <translation>转移会员…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="127"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="129"/>
        <source>Rank by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="138"/>
        <source>#</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="138"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="138"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="138"/>
        <location filename="../../desktop_crm/ui/staff/page.py" line="139"/>
        <source>of target</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="140"/>
        <source>Within visit policy</source>
        <translation>按政策拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="148"/>
        <source>Customers whose tier asks a visit every N days and who were visited in the N days before today (before the month&apos;s last day, for a past month).</source>
        <translation>等级要求每 N 天拜访一次、且在今天之前 N 天内拜访过的客户（以往月份：该月最后一天之前）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="241"/>
        <source>Within visit policy, by tier: %1</source>
        <translation>按等级的政策拜访率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="242"/>
        <source>no customer’s tier asks visits</source>
        <translation>没有客户的等级要求拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="246"/>
        <source>%1 of all</source>
        <translation>占全部 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="249"/>
        <source>Funnel: %1</source>
        <translation>漏斗：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="158"/>
        <source>Aware →
intent</source>
        <translation>知晓→
意向</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="158"/>
        <source>Intent →
purchase</source>
        <translation>意向→
购买</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="159"/>
        <source>Aware →
purchase</source>
        <translation>知晓→
购买</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="161"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="163"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="166"/>
        <source>Only customers added since</source>
        <translation>只看此日期后建档的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="231"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/staff/page.py" line="282"/>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/strategies.py" line="30"/>
        <source>Pair into a strategy</source>
        <translation>组合为策略</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/strategies.py" line="33"/>
        <source>&amp;Pair</source>
        <translation>组合(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="116"/>
        <source>Choose targets</source>
        <translation>选择目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="120"/>
        <source>A &amp;saved filter:</source>
        <translation>已保存的筛选(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="121"/>
        <source>A &amp;new filter:</source>
        <translation>新的筛选条件(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="128"/>
        <source>Search text (optional)</source>
        <translation>搜索文字（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="131"/>
        <source>Name to save this filter under (optional)</source>
        <translation>保存此筛选的名称（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="135"/>
        <source>Delete filter…</source>
        <translation>删除筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="143"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="144"/>
        <source>&amp;Holdout:</source>
        <translation>对照组(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="145"/>
        <source>Matching:</source>
        <translation>符合条件：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="165"/>
        <source>Delete filter</source>
        <translation>删除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="166"/>
        <source>Delete the saved filter “%1”? Campaigns that used it keep their targets.</source>
        <translation>删除已保存的筛选“%1”？用过它的活动保留各自的目标客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="201"/>
        <source>%1 customers: %2 to contact, %3 held back</source>
        <translation>共 %1 位客户：%2 位待联系，%3 位留作对照组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="204"/>
        <source>; %n left out (no consent to marketing messages)</source>
        <translation>
            <numerusform>；%n 人未列入（未同意接收营销信息）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="220"/>
        <source>Replace targets</source>
        <translation>替换目标客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="221"/>
        <source>Outcomes are already recorded for this campaign. Replacing the targets deletes them (the visit log keeps the contacts). Replace?</source>
        <translation>此活动已记录联系结果。替换目标会删除这些结果（拜访记录仍保留）。确定替换？</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamInWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/team/window.py" line="26"/>
        <source>&amp;Team server…</source>
        <translation>团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/window.py" line="28"/>
        <source>S&amp;ync with the team</source>
        <translation>与团队同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/window.py" line="32"/>
        <source>&amp;Users and roles…</source>
        <translation>用户和角色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/window.py" line="35"/>
        <source>Team &amp;audit log…</source>
        <translation>团队审计日志(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="56"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="56"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="57"/>
        <source>Visits this month</source>
        <translation>本月拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="58"/>
        <source>Asked by the tiers</source>
        <translation>等级要求</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="59"/>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="60"/>
        <source>Active plans</source>
        <translation>生效计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="60"/>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="66"/>
        <source>Your team&apos;s account managers as this laptop knows them after its last sync. Visits are those logged at each one&apos;s customers this month; the tiers&apos; policies ask a visit every so many days. Double-click an account manager to list their customers.</source>
        <translation>本机上次同步后所知的团队客户经理。拜访指本月在各人客户处记录的拜访；客户等级政策要求每隔若干天拜访一次。双击一位客户经理可列出其客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="75"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="76"/>
        <source>Read the figures again and ask the team server for the last syncs (F5)</source>
        <translation>重新读取数字，并向团队服务器查询最近同步时间 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="101"/>
        <source>Only a manager sees the team overview.</source>
        <translation>只有经理能查看团队概览。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="123"/>
        <source>Fewer visits than the tiers ask this month</source>
        <translation>本月拜访少于等级要求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="128"/>
        <source>%n account manager(s), this month (%1).</source>
        <translation>
            <numerusform>%n 位客户经理，本月（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="130"/>
        <source>No account managers on this laptop yet: sync (F9).</source>
        <translation>本机还没有客户经理：请同步 (F9)。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="132"/>
        <source>Asking the team server for the last syncs…</source>
        <translation>正在向团队服务器查询最近同步时间…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="134"/>
        <source>The team server cannot be reached: the last syncs are unknown (offline).</source>
        <translation>无法连接团队服务器：最近同步时间未知（离线）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="137"/>
        <source>Last syncs as the team server knows them.</source>
        <translation>最近同步时间以团队服务器记录为准。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="147"/>
        <source>unknown (offline)</source>
        <translation>未知（离线）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="151"/>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="15"/>
        <source>The address asks for an encrypted connection (TLS), which the team server does not offer: ask your administrator.</source>
        <translation>该地址要求加密连接（TLS），但团队服务器不提供：请询问管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="19"/>
        <source>The team server accepts only encrypted connections (TLS): add ?sslmode=require to the address, or ask your administrator.</source>
        <translation>团队服务器只接受加密连接（TLS）：请在地址后加上 ?sslmode=require，或询问管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="23"/>
        <source>The team server asks for a password: type it.</source>
        <translation>团队服务器需要密码：请输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="26"/>
        <source>The server refused the login or password; check them with your administrator.</source>
        <translation>服务器拒绝了该登录名或密码；请与管理员核对。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="28"/>
        <source>That server has no such team database: check the address.</source>
        <translation>该服务器上没有这个团队数据库：请检查地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="31"/>
        <source>Could not reach the team server; check the address and your network, then try again.</source>
        <translation>无法连接团队服务器；请检查地址和网络后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="34"/>
        <source>The server address is not valid: write it as postgresql://host/database.</source>
        <translation>服务器地址无效：请写成 postgresql://主机/数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="38"/>
        <source>The team server was set up by a newer desktop-crm (schema version %1; this app knows %2): install the newer desktop-crm your team uses.</source>
        <translation>团队服务器由较新版本的 desktop-crm 建立（结构版本 %1，本程序只认识 %2）：请安装团队所用的新版 desktop-crm。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="42"/>
        <source>The team server&apos;s schema (version %1) is older than this app needs (%2): ask your administrator to upgrade the server.</source>
        <translation>团队服务器的结构版本（%1）低于本程序所需（%2）：请管理员升级服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="46"/>
        <source>That database is not a team server yet: ask your administrator to set it up.</source>
        <translation>该数据库还不是团队服务器：请管理员先完成设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="50"/>
        <source>%1 signs in but is not a member of this team: ask your administrator to add the login.</source>
        <translation>%1 能登录，但不是这个团队的成员：请管理员添加该登录名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="54"/>
        <source>Other laptops kept changing the same records; nothing was lost: sync again in a moment.</source>
        <translation>其他电脑一直在修改同样的记录；没有丢失任何内容：请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="57"/>
        <source>The team server refused a change your login may not make; ask your administrator.</source>
        <translation>团队服务器拒绝了您的登录名无权做的修改；请询问管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sentences.py" line="61"/>
        <source>The connection to the team server was lost during the sync; nothing was half-done: it will sync again.</source>
        <translation>同步时与团队服务器的连接中断；没有做了一半的修改：稍后会再次同步。</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="29"/>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="221"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="39"/>
        <source>Remember the password on this computer (keyring)</source>
        <translation>在本机记住密码（系统钥匙串）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="42"/>
        <source>This computer has no keyring: the password is asked once per session.</source>
        <translation>本机没有钥匙串：每次启动后会询问一次密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="45"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="46"/>
        <source>Your login:</source>
        <translation>您的登录名：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="47"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="52"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="55"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="59"/>
        <source>&amp;Disconnect…</source>
        <translation>断开连接(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="82"/>
        <source>This file is connected to %1 as %2 (%3). It syncs with the team by itself; Disconnect to work alone.</source>
        <translation>此文件已以 %2（%3）的身份连接到 %1，会自动与团队同步；断开连接后即单机使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="89"/>
        <source>Connect this file to your team&apos;s server to share customers with your team. Ask your administrator for the address, your login and your password.</source>
        <translation>把此文件连接到团队服务器，与团队共享客户。服务器地址、登录名和密码请向管理员索取。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="100"/>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="100"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="101"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="110"/>
        <source>Type the server address and your login.</source>
        <translation>请填写服务器地址和登录名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="126"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="130"/>
        <source>The connection works: you sign in as %1.</source>
        <translation>连接正常：您以%1身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="152"/>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="165"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="193"/>
        <source>Publishing this file to the team…</source>
        <translation>正在将此文件发布到团队…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="194"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="197"/>
        <source>Publishing was cancelled; nothing was sent.</source>
        <translation>发布已取消；什么都没有发送。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="202"/>
        <source>Publishing was cancelled while receiving the team&apos;s records; what was sent stays on the team server: Sync (F9) finishes it.</source>
        <translation>接收团队记录时发布被取消；已发送的内容留在团队服务器上：同步（F9）会完成它。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="222"/>
        <source>The keyring refused to keep the password; sync will ask for it.</source>
        <translation>钥匙串未能保存密码；同步时会询问密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="223"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="231"/>
        <source>A sync is under way: disconnect when it has finished.</source>
        <translation>正在同步：请等同步结束后再断开连接。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="237"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="238"/>
        <source>%n change(s) have not been sent to the team; they will stay on this laptop only. Disconnect anyway?</source>
        <translation>
            <numerusform>还有 %n 处修改没有发给团队，断开后它们只留在本机。仍要断开连接吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="247"/>
        <source>Disconnected: the file keeps all its records and works alone.</source>
        <translation>已断开连接：文件保留全部记录，单机使用。</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="181"/>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="347"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="206"/>
        <source>Receiving the team&apos;s records…</source>
        <translation>正在接收团队的记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="208"/>
        <source>First sync</source>
        <translation>首次同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="228"/>
        <source>Receiving the team&apos;s records: %1</source>
        <translation>正在接收团队的记录：%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="230"/>
        <source>Sending this file&apos;s records: %1</source>
        <translation>正在发送本文件的记录：%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="324"/>
        <source>The first sync was cancelled; nothing was received. Sync (F9) starts it again.</source>
        <translation>首次同步已取消，没有接收任何记录。按“同步”（F9）重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="266"/>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="268"/>
        <source>The team server needs your password: press Sync (F9).</source>
        <translation>团队服务器需要您的密码：请按“同步”（F9）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="225"/>
        <source>Receiving the team&apos;s records: %1 of %2</source>
        <translation>正在接收团队的记录：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="284"/>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="285"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="327"/>
        <source>First sync %1 % done — press Sync (F9) to go on.</source>
        <translation>首次同步已完成 %1%，按“同步”（F9）继续。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="356"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="358"/>
        <source>Synced %1</source>
        <translation>%1已同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="360"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="363"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 处修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="365"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="372"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="374"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="376"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="377"/>
        <source>on %1</source>
        <translation>于 %1 </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="26"/>
        <source>Plan templates</source>
        <translation>计划书模板</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="34"/>
        <source>Background</source>
        <translation>客户背景</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="34"/>
        <source>Customer analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="35"/>
        <source>Business format analysis</source>
        <translation>经营业态分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="36"/>
        <source>Consumer groups</source>
        <translation>消费群体构成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="36"/>
        <source>Competition</source>
        <translation>竞争环境</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="37"/>
        <source>Owner&apos;s personality</source>
        <translation>客户性格</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="37"/>
        <source>SWOT analysis</source>
        <translation>SWOT分析</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="38"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="38"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="38"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="39"/>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="39"/>
        <source>Strategies</source>
        <translation>经营策略</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="40"/>
        <source>Actions</source>
        <translation>方案与行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="40"/>
        <source>Objectives</source>
        <translation>经营目标</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="41"/>
        <source>Customer signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="42"/>
        <source>Account manager signature</source>
        <translation>客户经理签名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="43"/>
        <source>Date line</source>
        <translation>日期栏</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="46"/>
        <source>Section headings</source>
        <translation>各部分标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="54"/>
        <source>Boilerplate text</source>
        <translation>固定文字</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="56"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="56"/>
        <source>Opening text</source>
        <translation>开头语</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="57"/>
        <source>Closing line</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="64"/>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="85"/>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="126"/>
        <source>{%1} is not a placeholder; use one of those listed.</source>
        <translation>{%1} 不是可用的占位符，请使用下方列出的占位符。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/plans/templates.py" line="129"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="34"/>
        <source>Greeting templates</source>
        <translation>祝福短信模板</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="45"/>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="50"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="51"/>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="52"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="55"/>
        <source>Shop name ({shop}):</source>
        <translation>店名（{shop}）：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="56"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="57"/>
        <source>Occasion:</source>
        <translation>场合：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="58"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="125"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/care/templates.py" line="126"/>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="72"/>
        <source>Could not do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="78"/>
        <source>Not enough points: the balance is %1.</source>
        <translation>积分不足：当前余额 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="80"/>
        <source>Enter an amount above 0 and at most 1,000,000.</source>
        <translation>请输入大于 0、不超过 1,000,000 的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="82"/>
        <source>A card number is 4 to 20 letters or digits.</source>
        <translation>会员卡号为 4 到 20 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="84"/>
        <source>Card %1 is already issued to another member.</source>
        <translation>卡号 %1 已发给其他会员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="86"/>
        <source>This customer is already a member.</source>
        <translation>该客户已是会员。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="88"/>
        <source>Level thresholds must start at 0 and rise from level to level.</source>
        <translation>等级门槛须从 0 开始并逐级升高。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="90"/>
        <source>The campaign ends before it starts; check the dates.</source>
        <translation>活动结束日期早于开始日期，请检查日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="92"/>
        <source>Outcomes are already recorded for these targets; confirm to replace them.</source>
        <translation>这些目标已有联系结果；确认后才能替换。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="94"/>
        <source>Targets held back are not contacted; pick others.</source>
        <translation>对照组客户不联系；请另选。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="96"/>
        <source>Unknown placeholder {%1}; use the ones listed.</source>
        <translation>未知占位符 {%1}，请使用列出的占位符。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="98"/>
        <source>There is no template for this occasion; add one first.</source>
        <translation>此场合还没有模板，请先添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="100"/>
        <source>There is already a staff member called %1.</source>
        <translation>已有名为 %1 的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="102"/>
        <source>Say what the points were exchanged for.</source>
        <translation>请填写兑换的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="104"/>
        <source>Give the reason for the correction.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/members/common.py" line="106"/>
        <source>Choose at least one staff member.</source>
        <translation>请至少选择一名员工。</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="24"/>
        <source>Tiers and service policies</source>
        <translation>客户等级与服务政策</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="29"/>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="38"/>
        <source>Tiers by</source>
        <translation>等级依据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="32"/>
        <source>Sales in the last 12 months (¥)</source>
        <translation>近12个月销售额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="41"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="41"/>
        <source>From (at least)</source>
        <translation>下限（不低于）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="69"/>
        <source>A customer is suggested the best tier whose floor they reach (a balance of 150,000 with floors 100,000 and 200,000 is in the 100,000 tier); the next scoring run applies changes.</source>
        <translation>客户的建议等级为其达到下限的最高等级（例如余额 150,000，下限分别为 100,000 和 200,000 时，属于 100,000 这一级）；修改在下次评分时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="42"/>
        <source>Visit every (days)</source>
        <translation>拜访周期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="42"/>
        <source>Privileges</source>
        <translation>专属权益</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="53"/>
        <source>no policy</source>
        <translation>无要求</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="75"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analytics/tiers.py" line="99"/>
        <source>Each tier must start at lower sales than the tier above it.</source>
        <translation>每个等级的销售额下限必须低于上一等级。</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="19"/>
        <source>There is no customer %1; import the customers first.</source>
        <translation>没有客户 %1；请先导入客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="20"/>
        <source>Several customers are called %1; give the customer code.</source>
        <translation>有多个客户名为 %1；请填写客户代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="21"/>
        <source>This value appears again in the file (first at line %2); keep one of the rows.</source>
        <translation>该值在文件中重复出现（首次在第 %2 行）；请只保留其中一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="22"/>
        <source>Several customers have %1; choose a key that is unique.</source>
        <translation>有多个客户的值为 %1；请选择唯一的匹配列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="23"/>
        <source>Card %1 belongs to another customer.</source>
        <translation>会员卡 %1 属于另一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="24"/>
        <source>This customer is already a member with another card.</source>
        <translation>该客户已有另一张会员卡。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="26"/>
        <source>The file does not exist; choose another file.</source>
        <translation>文件不存在；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="27"/>
        <source>The file is empty; choose a file with a header row and data.</source>
        <translation>文件是空的；请选择带表头和数据的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="28"/>
        <source>The file has a header but no rows; add data below it.</source>
        <translation>文件只有表头没有数据；请在表头下方添加数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="29"/>
        <source>The file has no header row; add one naming each column.</source>
        <translation>文件没有表头；请添加一行列名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="30"/>
        <source>This is not a CSV or Excel file; save it as .csv or .xlsx.</source>
        <translation>这不是 CSV 或 Excel 文件；请另存为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="31"/>
        <source>The file is not in this encoding; choose another encoding (e.g. GBK or UTF-8).</source>
        <translation>文件不是这种编码；请选择其他编码（如 GBK 或 UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="32"/>
        <source>Unknown encoding; choose UTF-8 or GBK.</source>
        <translation>未知的编码；请选择 UTF-8 或 GBK。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="33"/>
        <source>The file cannot be read as an Excel file; open it in Excel and save it again.</source>
        <translation>无法作为 Excel 文件读取；请用 Excel 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="34"/>
        <source>There is no such sheet; choose one of the sheets listed.</source>
        <translation>没有这个工作表；请从列出的工作表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="35"/>
        <source>Line %1 cannot be read; check the quotes in that line.</source>
        <translation>第 %1 行无法读取；请检查该行的引号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="37"/>
        <source>No column is mapped to %1; map one, or add the column to the file.</source>
        <translation>没有列对应到 %1；请选择对应的列，或在文件中添加该列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="38"/>
        <source>Two columns are mapped to the same field; map each field once.</source>
        <translation>两列对应到了同一个字段；每个字段只能对应一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="39"/>
        <source>The key must be one of the mapped columns.</source>
        <translation>匹配列必须是已对应的列之一。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="42"/>
        <source>Column %1 cannot become a new field: a field of that name exists, or the name cannot be a field&apos;s; choose that field, or leave the column out.</source>
        <translation>第 %1 列不能成为新字段：已有同名字段，或该名称不能用作字段名；请选择该字段，或不导入该列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="46"/>
        <source>Customer code %1 is already used by %2.</source>
        <translation>客户代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/transfer/texts.py" line="49"/>
        <source>No customer code or name in this row; fill it in.</source>
        <translation>该行没有客户代码或客户名称；请填写。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="34"/>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="37"/>
        <source>Changing logins needs the login that set up the team server (it may create roles). Its password is kept only while this window is open.</source>
        <translation>更改账号需要设置团队服务器的那个账号（它可以创建角色）。其密码只在此窗口打开期间保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="46"/>
        <source>&amp;Show logins</source>
        <translation>显示账号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="49"/>
        <source>Administrator login:</source>
        <translation>管理员账号：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="53"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="57"/>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="57"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="57"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="57"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="58"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="58"/>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="71"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="72"/>
        <source>New &amp;password…</source>
        <translation>新密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="73"/>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="74"/>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="106"/>
        <source>Type the administrator login and its password.</source>
        <translation>请输入管理员账号及其密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="122"/>
        <source>Reading the logins…</source>
        <translation>正在读取账号…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="129"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="133"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="133"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="136"/>
        <source>%n login(s).</source>
        <translation>
            <numerusform>%n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="141"/>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="141"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="142"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="167"/>
        <source>Adding the login…</source>
        <translation>正在添加账号…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="169"/>
        <source>%1 can now sign in as %2. Give them the server address, their login and password.</source>
        <translation>%1 现在可以以 %2 的身份登录。请把服务器地址、账号和密码交给对方。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="178"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="179"/>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>%1 的新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="186"/>
        <source>Changing the password…</source>
        <translation>正在更改密码…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="187"/>
        <source>%1 has a new password; their laptop asks for it at the next sync.</source>
        <translation>%1 已设置新密码；其电脑会在下次同步时要求输入。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="197"/>
        <source>Add the login who takes over first.</source>
        <translation>请先添加接手的账号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="201"/>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="209"/>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="202"/>
        <source>%1 will no longer sign in. Their customers, with their visits, plans, members and purchases, go to:</source>
        <translation>%1 将不能再登录。其客户连同拜访、计划、会员和购买记录转给：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="210"/>
        <source>%1 can no longer sign in, and their customers move to %2&apos;s laptop at its next sync. Changes %1 has not synced yet stay on their laptop. Go on?</source>
        <translation>%1 将不能再登录，其客户会在 %2 的电脑下次同步时转过去。%1 尚未同步的修改会留在其电脑上。继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="218"/>
        <source>Deactivating…</source>
        <translation>正在停用…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="220"/>
        <source>%1 can no longer sign in; %n customer(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 已不能再登录；%n 位客户现归 %2 所有。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="231"/>
        <source>Activating…</source>
        <translation>正在启用…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="233"/>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="123"/>
        <source>Edit visit: %1</source>
        <translation>编辑拜访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="123"/>
        <source>Log a visit: %1</source>
        <translation>记录拜访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="134"/>
        <source>Space ticks the contact under the cursor.</source>
        <translation>按空格勾选光标所在的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="135"/>
        <source>This customer has no contacts yet.</source>
        <translation>该客户还没有联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="143"/>
        <source>Follow up on</source>
        <translation>设置跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="150"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="151"/>
        <source>+2 weeks</source>
        <translation>+2 周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="152"/>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="153"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="159"/>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="163"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="173"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="239"/>
        <source>Contacts present</source>
        <translation>在场联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="259"/>
        <source>Survey answers (optional)</source>
        <translation>调查回答（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="411"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="448"/>
        <source>Discard this visit?</source>
        <translation>放弃这条拜访记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_dialog.py" line="449"/>
        <source>You have typed something into this visit. Close it without saving?</source>
        <translation>您已在这条拜访中输入了内容。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="62"/>
        <source>Code</source>
        <translation>客户代码</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="210"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="220"/>
        <source>All channels</source>
        <translation>所有方式</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="223"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="223"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="223"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="224"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="224"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="224"/>
        <source>Dates…</source>
        <translation>日期…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="229"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="230"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="245"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="254"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="322"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WayDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="37"/>
        <source>Edit way to reach</source>
        <translation>编辑联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="37"/>
        <source>New way to reach</source>
        <translation>新增联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="39"/>
        <source>The customer itself</source>
        <translation>客户本身</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="49"/>
        <source>e.g. office, the boss&apos;s own</source>
        <translation>例如：办公室、老板私人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="50"/>
        <source>Preferred of its type</source>
        <translation>设为该类型的首选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="68"/>
        <source>&amp;Whose</source>
        <translation>所属(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="69"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="70"/>
        <source>&amp;Number or address</source>
        <translation>号码/账号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="72"/>
        <source>&amp;Label</source>
        <translation>备注名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="87"/>
        <source>WeChat id, or the mobile it uses</source>
        <translation>微信号，或绑定的手机号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="95"/>
        <source>This is a landline number: choose Landline, or type a mobile.</source>
        <translation>这是座机号码：请选择“座机”，或输入手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="97"/>
        <source>This one is already there.</source>
        <translation>已有这个联系方式。</translation>
    </message>
</context>
<context>
    <name>WaysPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="129"/>
        <source>Whose</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="129"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="129"/>
        <source>Number or address</source>
        <translation>号码/账号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="130"/>
        <source>Label</source>
        <translation>备注名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="130"/>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="132"/>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="135"/>
        <source>Ways to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="137"/>
        <source>Add &amp;way…</source>
        <translation>添加联系方式(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="138"/>
        <source>Edit way…</source>
        <translation>编辑联系方式…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="139"/>
        <source>Delete way…</source>
        <translation>删除联系方式…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="140"/>
        <source>Make &amp;preferred</source>
        <translation>设为首选(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="170"/>
        <source>The customer itself</source>
        <translation>客户本身</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="221"/>
        <source>Delete way to reach</source>
        <translation>删除联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="222"/>
        <source>Delete %1? The change history keeps a note of it.</source>
        <translation>删除 %1？修改记录会留下记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/ways_panel.py" line="223"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>WeekPlanPage</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="85"/>
        <source>Whose week to plan</source>
        <translation>为谁排本周计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="89"/>
        <source>The week&apos;s first day</source>
        <translation>一周的第一天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="93"/>
        <source> a day</source>
        <translation> 家/天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="94"/>
        <source>Visits per day at most</source>
        <translation>每天最多拜访几家</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="96"/>
        <source>Saturday off</source>
        <translation>周六休息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="98"/>
        <source>Sunday off</source>
        <translation>周日休息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="100"/>
        <source>Mark visited…</source>
        <translation>标记已拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="101"/>
        <source>Print route sheet…</source>
        <translation>打印路线单…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="102"/>
        <source>A day earlier</source>
        <translation>提前一天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="104"/>
        <source>A day later</source>
        <translation>推后一天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="106"/>
        <source>Balance the week</source>
        <translation>均衡本周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="108"/>
        <source>No day over the visits per day, the days as even as they can be: the least urgent customers move to the next days with room, a day of their zone first</source>
        <translation>不让任何一天超过每天拜访数，各天尽量均匀：最不紧急的客户移到之后有空位的日子，优先移到同一商圈的日子</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="110"/>
        <source>Undo balancing</source>
        <translation>撤销均衡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="116"/>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="117"/>
        <source>Week from:</source>
        <translation>一周起始：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="172"/>
        <source>There is no account manager on the staff list yet.</source>
        <translation>员工名单里还没有客户经理。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="177"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="188"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="188"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="188"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="188"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="189"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="189"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="189"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="193"/>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="194"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="196"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="199"/>
        <source>Not this week</source>
        <translation>本周排不下</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="200"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 家客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="205"/>
        <source>%1 visits planned, %2 done; at most %3 a day. Drag a customer to another day, or Alt+Left / Alt+Right.</source>
        <translation>本周计划拜访 %1 次，已完成 %2 次；每天最多 %3 家。把客户拖到另一天，或按 Alt+左/右。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="216"/>
        <source>%n customer(s) moved to even out the week (Ctrl+Z undoes it). </source>
        <translation>
            <numerusform>为均衡本周移动了 %n 家客户（Ctrl+Z 撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="218"/>
        <source>Balancing undone. </source>
        <translation>已撤销均衡。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="228"/>
        <source>visited, unplanned</source>
        <translation>已拜访（计划外）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="229"/>
        <source>visited</source>
        <translation>已拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="231"/>
        <source>Visit %1 days overdue</source>
        <translation>拜访逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="232"/>
        <source>Follow-up %1 days overdue</source>
        <translation>跟进逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="235"/>
        <source>never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="237"/>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="248"/>
        <source>Could not plan the week: %1</source>
        <translation>无法排出本周计划：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="286"/>
        <source>The week is balanced already: nothing to move.</source>
        <translation>本周已经均衡，无需移动。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="331"/>
        <source>Regular visit</source>
        <translation>例行拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="342"/>
        <source>Save route sheet</source>
        <translation>保存路线单</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="357"/>
        <source>The route sheet was not written: %1</source>
        <translation>路线单未写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="360"/>
        <source>Route sheet written to %1</source>
        <translation>路线单已写入 %1</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="78"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="80"/>
        <source>Your name goes into the change history, the visits you log, the customers you create and the footer of what you print. Pick yourself from the staff list, or type your name to add yourself.</source>
        <translation>您的姓名会记入修改历史、您登记的拜访、您新建的客户，以及打印件的页脚。请从员工名单中选择自己，或输入姓名把自己加入名单。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="89"/>
        <source>Your name, e.g. 王伟</source>
        <translation>您的姓名，如 王伟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="91"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="94"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="96"/>
        <source>Ask me &amp;later</source>
        <translation>以后再问(&amp;L)</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="439"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
