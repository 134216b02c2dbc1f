<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="70"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="70"/>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="71"/>
        <source>This week (%1)</source>
        <translation>本周（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="71"/>
        <source>Later (%1)</source>
        <translation>以后（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="74"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="74"/>
        <source>Code</source>
        <translation>客户代码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="75"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="180"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="71"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="128"/>
        <location filename="../../desktop_crm/ui/app.py" line="134"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="135"/>
        <source>That file already exists; choose a new name.</source>
        <translation>该文件已存在，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="141"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="151"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="159"/>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="163"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="167"/>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="174"/>
        <location filename="../../desktop_crm/ui/app.py" line="180"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="181"/>
        <source>Replace the open database with %1? The current data is kept aside as a copy next to it.</source>
        <translation>用 %1 替换当前打开的数据库吗？当前数据会另存一份副本放在旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="189"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="194"/>
        <source>Restored. The replaced database was kept as %1</source>
        <translation>已恢复。被替换的数据库保存为 %1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="34"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="36"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/areas.py" line="38"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="43"/>
        <source>Change selected customers</source>
        <translation>修改所选客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="52"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="53"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="62"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="84"/>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="86"/>
        <source>&amp;To</source>
        <translation>改为(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="95"/>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="112"/>
        <source>Change one field of the selected customer.</source>
        <translation>修改所选客户的一个字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="113"/>
        <source>Change one field of %1 selected customers.</source>
        <translation>修改所选 %1 位客户的一个字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/bulk_edit.py" line="154"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="38"/>
        <source>Edit contact: %1</source>
        <translation>编辑联系人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="40"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="108"/>
        <source>Save the customer first, then add contacts.</source>
        <translation>请先保存客户，再添加联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="109"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="110"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="111"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="199"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="200"/>
        <source>Move the contact %1 to the trash? It can be restored from the trash.</source>
        <translation>把联系人 %1 移到回收站吗？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/contacts_tab.py" line="202"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="231"/>
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="232"/>
        <source>Manage fields…</source>
        <translation>管理字段…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="235"/>
        <source>No custom fields yet. Add one to record what matters to you, e.g. a bank account or a licence number.</source>
        <translation>还没有自定义字段。添加一个来记录您关心的信息，例如开户银行或许可证号。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="240"/>
        <source>The follow-up was due on %1.</source>
        <translation>跟进应于 %1 完成。</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="57"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="148"/>
        <source>Log a visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="149"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="151"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="153"/>
        <source>No visits yet. Press Ctrl+L to log the first one.</source>
        <translation>还没有拜访记录。按 Ctrl+L 记录第一次拜访。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="193"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="269"/>
        <source>Move visit to trash</source>
        <translation>把拜访移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="270"/>
        <source>Move the visit of %1 to the trash? It can be restored from the trash.</source>
        <translation>把 %1 的拜访记录移到回收站吗？之后可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="105"/>
        <source>Search code, name, pinyin, phone, address, tag… (Ctrl+F)</source>
        <translation>搜索代码、名称、拼音、电话、地址、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="109"/>
        <location filename="../../desktop_crm/ui/customers/page.py" line="166"/>
        <source>Show trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="156"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="157"/>
        <source>Open dossier</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="160"/>
        <source>Change selected…</source>
        <translation>批量修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="161"/>
        <source>Undo change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="162"/>
        <location filename="../../desktop_crm/ui/customers/page.py" line="498"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="165"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="176"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="272"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="289"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="291"/>
        <source>No customers yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="293"/>
        <source>No customer matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="302"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="305"/>
        <source>1 customer in the trash</source>
        <translation>回收站中有 1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="306"/>
        <source>%1 customers in the trash</source>
        <translation>回收站中有 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="310"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="311"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="382"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="426"/>
        <source>Add the tags %2 to the selected customer?</source>
        <translation>为所选客户添加标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="427"/>
        <source>Add the tags %2 to %1 customers?</source>
        <translation>为 %1 位客户添加标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="429"/>
        <source>Remove the tags %2 from the selected customer?</source>
        <translation>从所选客户移除标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="430"/>
        <source>Remove the tags %2 from %1 customers?</source>
        <translation>从 %1 位客户移除标签 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="432"/>
        <source>Clear the %3 of the selected customer?</source>
        <translation>清空所选客户的%3？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="433"/>
        <source>Clear the %3 of %1 customers?</source>
        <translation>清空 %1 位客户的%3？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="435"/>
        <source>Change the %3 of the selected customer to %2?</source>
        <translation>将所选客户的%3改为%2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="436"/>
        <source>Change the %3 of %1 customers to %2?</source>
        <translation>将 %1 位客户的%3改为%2？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="438"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="449"/>
        <source>Changing customers…</source>
        <translation>正在修改客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="455"/>
        <source>Changed 1 customer. Undo with Ctrl+Z.</source>
        <translation>已修改 1 位客户。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="456"/>
        <source>Changed %1 customers. Undo with Ctrl+Z.</source>
        <translation>已修改 %1 位客户。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="470"/>
        <source>Undoing the change…</source>
        <translation>正在撤销修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="475"/>
        <source>Undid the change of 1 customer.</source>
        <translation>已撤销对 1 位客户的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="476"/>
        <source>Undid the change of %1 customers.</source>
        <translation>已撤销对 %1 位客户的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="479"/>
        <source>1 customer was changed again since and was left as it is.</source>
        <translation>有 1 位客户此后又被修改过，保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="480"/>
        <source>%1 customers were changed again since and were left as they are.</source>
        <translation>有 %1 位客户此后又被修改过，保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="495"/>
        <source>Move %1 to the trash? You can restore it from the trash.</source>
        <translation>将“%1”移到回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="497"/>
        <source>Move %1 customers to the trash? You can restore them from the trash.</source>
        <translation>将 %1 位客户移到回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="516"/>
        <source>Restored 1 customer.</source>
        <translation>已恢复 1 位客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="516"/>
        <source>Restored %1 customers.</source>
        <translation>已恢复 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="518"/>
        <source>Moved 1 customer to the trash.</source>
        <translation>已将 1 位客户移到回收站。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="519"/>
        <source>Moved %1 customers to the trash.</source>
        <translation>已将 %1 位客户移到回收站。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="523"/>
        <source>Restoring customers…</source>
        <translation>正在恢复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="523"/>
        <source>Moving customers to the trash…</source>
        <translation>正在移到回收站…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="534"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/page.py" line="538"/>
        <source>The change failed: %1</source>
        <translation>修改失败：%1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="38"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>年-月-日 时:分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="38"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="43"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="83"/>
        <source>Assigned on save</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="103"/>
        <source>Save the customer first, then log visits.</source>
        <translation>请先保存客户，再记录拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="118"/>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="119"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="120"/>
        <source>Characteristics &amp;&amp; status</source>
        <translation>特征与状况</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="121"/>
        <source>Customer DNA</source>
        <translation>客户DNA</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="122"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="123"/>
        <source>Plans</source>
        <translation>经营计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="124"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="125"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="126"/>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="142"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="143"/>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="240"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="255"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="256"/>
        <source>The changes to %1 are not saved yet.</source>
        <translation>对 %1 的修改还没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="261"/>
        <source>Save them before closing?</source>
        <translation>关闭前保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="299"/>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="299"/>
        <source>Plans (%1)</source>
        <translation>经营计划（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="300"/>
        <source>Purchases (%1)</source>
        <translation>购买记录（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="361"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="387"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/widget.py" line="404"/>
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
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="35"/>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="37"/>
        <source>Must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="39"/>
        <source>Must be at most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="41"/>
        <source>Not an email address.</source>
        <translation>不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="43"/>
        <source>Not one of the choices.</source>
        <translation>不在可选项中。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="45"/>
        <source>No such staff member; add them first.</source>
        <translation>没有这位员工，请先添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="47"/>
        <source>This code is already used by %1.</source>
        <translation>该代码已被 %1 使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="49"/>
        <source>This code appears twice.</source>
        <translation>该代码出现了两次。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="51"/>
        <source>The follow-up date is before the visit.</source>
        <translation>跟进日期早于拜访日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="53"/>
        <source>This visit has no follow-up to complete.</source>
        <translation>这次拜访没有需要完成的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="55"/>
        <source>Some of these contacts do not belong to this customer.</source>
        <translation>其中有联系人不属于该客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/messages.py" line="57"/>
        <source>This customer is not in the files any more.</source>
        <translation>该客户已不在档案中。</translation>
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
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="302"/>
        <source>Mobile or landline, e.g. 0710-3212345</source>
        <translation>手机或固话，例如 0710-3212345</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="356"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/forms.py" line="364"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="91"/>
        <source>Overdue follow-up</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="92"/>
        <source>Active plan</source>
        <translation>有生效的计划书</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="96"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="182"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="194"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="186"/>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="195"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="44"/>
        <location filename="../../desktop_crm/ui/customers/filters.py" line="65"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="17"/>
        <source>Welcome to desktop-crm</source>
        <translation>欢迎使用 desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="19"/>
        <source>desktop-crm keeps your customer files in one database file on this computer. There is none yet: create one, or open a file you already have.</source>
        <translation>desktop-crm 把客户档案保存在本机的一个数据库文件中。目前还没有：新建一个，或打开已有的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="23"/>
        <source>New database: %1</source>
        <translation>新数据库位置：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="26"/>
        <source>&amp;Create a new database</source>
        <translation>新建数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="29"/>
        <source>&amp;Open an existing file…</source>
        <translation>打开已有文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="31"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="44"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start.py" line="45"/>
        <source>desktop-crm database (*.sqlite3 *.db);;All files (*)</source>
        <translation>desktop-crm 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="293"/>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="297"/>
        <source>Your user name is not on the staff list, so nothing is yours.</source>
        <translation>您的用户名不在员工名单中，因此没有属于您的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="301"/>
        <source>Only the follow-ups of your own visits.</source>
        <translation>只显示您自己拜访所设的跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="303"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="304"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="305"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="308"/>
        <source>No open follow-ups. Set a follow-up date when you log a visit.</source>
        <translation>没有待办跟进。记录拜访时可以设置跟进日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="366"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="388"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 条待办跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="396"/>
        <source>Could not load the follow-ups: %1</source>
        <translation>无法加载跟进：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="457"/>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="458"/>
        <source>Follow-up with %1 is done. Log the visit now?</source>
        <translation>与 %1 的跟进已完成。现在记录这次拜访吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="461"/>
        <source>Log the visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="462"/>
        <source>Just mark done</source>
        <translation>只标记完成</translation>
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
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="162"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="162"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="162"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="163"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="177"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="178"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="179"/>
        <source>Restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="189"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="200"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="39"/>
        <source>desktop-crm — %1</source>
        <translation>desktop-crm — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="68"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="81"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="82"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="84"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="89"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="90"/>
        <source>Re&amp;store from a backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="92"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="96"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="97"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="99"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="102"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="154"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="187"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="189"/>
        <source>%n overdue follow-up(s)</source>
        <translation>
            <numerusform>%n 条逾期跟进</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="194"/>
        <source>Follow-ups (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="198"/>
        <source>%n follow-up(s) are overdue.</source>
        <translation>
            <numerusform>有 %n 条跟进已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="198"/>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="214"/>
        <source>Welcome to desktop-crm</source>
        <translation>欢迎使用 desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="215"/>
        <source>This database is empty. Load demo data (%1 customers with contacts, visits, purchases and plans) to try the app?</source>
        <translation>这个数据库是空的。要载入演示数据（%1 个客户，含联系人、拜访、购买记录和经营计划）来试用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="232"/>
        <source>Demo data cancelled; nothing was written.</source>
        <translation>已取消演示数据，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="234"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="238"/>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
</context>
<context>
    <name>ManageFieldsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="111"/>
        <source>Manage custom fields</source>
        <translation>管理自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="113"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="113"/>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="113"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="114"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="114"/>
        <source>Values</source>
        <translation>已填数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="118"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="119"/>
        <source>Edit choices…</source>
        <translation>编辑选项…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="120"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="173"/>
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="173"/>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="184"/>
        <source>Edit choices</source>
        <translation>编辑选项</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="184"/>
        <source>Choices, one per line:</source>
        <translation>选项，每行一个：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="197"/>
        <source>Delete the field %1 and the values of %n customer(s) in it? The values stay readable in each customer&apos;s history.</source>
        <translation>
            <numerusform>删除字段 %1 以及 %n 个客户在其中的值吗？这些值仍可在各客户的修改历史中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="200"/>
        <source>Delete custom field</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="200"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="38"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="39"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="40"/>
        <source>SWOT points</source>
        <translation>SWOT 要点</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="40"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="41"/>
        <source>Open actions</source>
        <translation>未完成行动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="57"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="57"/>
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="57"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="71"/>
        <source>%n account plan(s)</source>
        <translation>
            <numerusform>%n 份经营计划</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="72"/>
        <source>No account plans yet.</source>
        <translation>还没有经营计划。</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="84"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="84"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="84"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="85"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="85"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="86"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="86"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="101"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="102"/>
        <source>Total quantity</source>
        <translation>总数量</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="103"/>
        <source>Total amount</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="104"/>
        <source>Total gross profit</source>
        <translation>总毛利</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="105"/>
        <source>Points earned / redeemed</source>
        <translation>获得 / 兑换积分</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="80"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="86"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="92"/>
        <source>Your name, as it appears in the history</source>
        <translation>您的姓名，会记录在修改历史中</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="93"/>
        <source>A new language applies after restarting the app.</source>
        <translation>更换语言后需重新启动应用才生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="96"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="97"/>
        <source>&amp;Default database</source>
        <translation>默认数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="98"/>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="109"/>
        <source>Default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings.py" line="110"/>
        <source>desktop-crm database (*.sqlite3);;All files (*)</source>
        <translation>desktop-crm 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="61"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="61"/>
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
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="334"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="291"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="123"/>
        <source>Done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="125"/>
        <source>Overdue: due %1</source>
        <translation>已逾期：%1 到期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="126"/>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
</TS>
