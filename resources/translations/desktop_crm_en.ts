<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaModel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="178"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/analytics/page.py" line="261"/>
        <source>%n customer(s) changed since; they are re-scored in the background, or score now for everyone.</source>
        <translation>
            <numerusform>%n customer changed since; they are re-scored in the background, or score now for everyone.</numerusform>
            <numerusform>%n customers changed since; they are re-scored in the background, or score now for everyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/analytics/page.py" line="415"/>
        <source>%n customer(s) changed since the run before</source>
        <translation>
            <numerusform>%n customer changed since the run before</numerusform>
            <numerusform>%n customers changed since the run before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="158"/>
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n row shown.</numerusform>
            <numerusform>%n rows shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/audit_dialog.py" line="182"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/backups_dialog.py" line="157"/>
        <source>%n backup(s), %1 in all.</source>
        <translation>
            <numerusform>%n backup, %1 in all.</numerusform>
            <numerusform>%n backups, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/campaigns/page.py" line="333"/>
        <source>%n to contact</source>
        <translation>
            <numerusform>%n to contact</numerusform>
            <numerusform>%n to contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="191"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="234"/>
        <source>%n greetings</source>
        <translation>
            <numerusform>%n greeting</numerusform>
            <numerusform>%n greetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="237"/>
        <source>; %n left out (no consent to marketing messages)</source>
        <translation>
            <numerusform>; %n left out (no consent to marketing messages)</numerusform>
            <numerusform>; %n left out (no consent to marketing messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="259"/>
        <source>%n years a member</source>
        <translation>
            <numerusform>%n year a member</numerusform>
            <numerusform>%n years a member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="326"/>
        <source>%n greetings exported.</source>
        <translation>
            <numerusform>%n greeting exported.</numerusform>
            <numerusform>%n greetings exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/care/page.py" line="326"/>
        <source>%n greetings copied.</source>
        <translation>
            <numerusform>%n greeting copied.</numerusform>
            <numerusform>%n greetings copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/conflicts_page.py" line="90"/>
        <source>%n conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>%n conflict waits for your decision.</numerusform>
            <numerusform>%n conflicts wait for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/counter.py" line="155"/>
        <source>%n members match: choose one with ↑/↓ or a click.</source>
        <translation>
            <numerusform>%n member matches: choose one with ↑/↓ or a click.</numerusform>
            <numerusform>%n members match: choose one with ↑/↓ or a click.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/model.py" line="291"/>
        <source>Visit overdue by %n day(s) (%1).</source>
        <translation>
            <numerusform>Visit overdue by %n day (%1).</numerusform>
            <numerusform>Visit overdue by %n days (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerVisitsWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="196"/>
        <source>%n visit(s) in the trash</source>
        <translation>
            <numerusform>%n visit in the trash</numerusform>
            <numerusform>%n visits in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/customer_visits.py" line="197"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataQualityPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/page.py" line="198"/>
        <source>%n likely duplicate pair(s), strongest evidence first.</source>
        <translation>
            <numerusform>%n likely duplicate pair, strongest evidence first.</numerusform>
            <numerusform>%n likely duplicate pairs, strongest evidence first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/export_dialog.py" line="47"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/agenda.py" line="400"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="44"/>
        <source>Give %n selected customer(s) to another account manager.</source>
        <translation>
            <numerusform>Give the selected customer to another account manager.</numerusform>
            <numerusform>Give %n selected customers to another account manager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="87"/>
        <source>%n customer(s) will belong to %1 from now on. Each customer&apos;s history notes the change; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n customer will belong to %1 from now on. The customer&apos;s history notes the change; Ctrl+Z undoes it.</numerusform>
            <numerusform>%n customers will belong to %1 from now on. Each customer&apos;s history notes the change; Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="93"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync.</source>
        <translation>
            <numerusform>%n customer, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync.</numerusform>
            <numerusform>%n customers, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="96"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave %2&apos;s laptop; changes not yet synced on that laptop are sent first, later ones become conflicts for %1.</source>
        <translation>
            <numerusform>%n customer, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave %2&apos;s laptop; changes not yet synced on that laptop are sent first, later ones become conflicts for %1.</numerusform>
            <numerusform>%n customers, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave %2&apos;s laptop; changes not yet synced on that laptop are sent first, later ones become conflicts for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="101"/>
        <source>%n customer(s), with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave the laptops of %2; changes not yet synced on those laptops are sent first, later ones become conflicts for %1.</source>
        <translation>
            <numerusform>%n customer, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave the laptops of %2; changes not yet synced on those laptops are sent first, later ones become conflicts for %1.</numerusform>
            <numerusform>%n customers, with their visits, plans, members and purchases, will move to %1&apos;s laptop at the next sync and leave the laptops of %2; changes not yet synced on those laptops are sent first, later ones become conflicts for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveInWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/give.py" line="196"/>
        <source>Gave %n customer(s) to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Gave %n customer to %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>Gave %n customers to %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="106"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="116"/>
        <source>%n open, next %1</source>
        <translation>
            <numerusform>%n open, next %1</numerusform>
            <numerusform>%n open, next %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/header.py" line="118"/>
        <source>%n open, overdue since %1</source>
        <translation>
            <numerusform>%n open, overdue since %1</numerusform>
            <numerusform>%n open, overdue since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="204"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_wizard.py" line="70"/>
        <source>%n of the new members bring(s) a new customer.</source>
        <translation>
            <numerusform>%n of the new members brings a new customer.</numerusform>
            <numerusform>%n of the new members bring a new customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="302"/>
        <source>%n customer(s) in the file</source>
        <translation>
            <numerusform>%n customer in the file</numerusform>
            <numerusform>%n customers in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="304"/>
        <source>%n overdue follow-up(s)</source>
        <translation>
            <numerusform>%n overdue follow-up</numerusform>
            <numerusform>%n overdue follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="313"/>
        <source>%n follow-up(s) are overdue.</source>
        <translation>
            <numerusform>%n follow-up is overdue.</numerusform>
            <numerusform>%n follow-ups are overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManageFieldsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/custom_fields_tab.py" line="198"/>
        <source>Delete the field %1 and the values of %n customer(s) in it? The values stay readable in each customer&apos;s history.</source>
        <translation>
            <numerusform>Delete the field %1 and the value of %n customer in it? The value stays readable in the customer&apos;s history.</numerusform>
            <numerusform>Delete the field %1 and the values of %n customers in it? The values stay readable in each customer&apos;s history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/page.py" line="241"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/members/page.py" line="292"/>
        <source>%n members changed level.</source>
        <translation>
            <numerusform>%n member changed level.</numerusform>
            <numerusform>%n members changed level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovedDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="26"/>
        <source>Given to you (%n):</source>
        <translation>
            <numerusform>Given to you (%n):</numerusform>
            <numerusform>Given to you (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="27"/>
        <source>Given to someone else, no longer on this laptop (%n):</source>
        <translation>
            <numerusform>Given to someone else, no longer on this laptop (%n):</numerusform>
            <numerusform>Given to someone else, no longer on this laptop (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovedNotice</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="79"/>
        <source>%n customer(s) came</source>
        <translation>
            <numerusform>%n customer came</numerusform>
            <numerusform>%n customers came</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/moved.py" line="81"/>
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/plans/page.py" line="125"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dossier/tabs.py" line="73"/>
        <source>%n account plan(s)</source>
        <translation>
            <numerusform>%n account plan</numerusform>
            <numerusform>%n account plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="226"/>
        <source>%n staff name(s) not on file: %1. For these:</source>
        <translation>
            <numerusform>%n staff name not on file: %1. For it:</numerusform>
            <numerusform>%n staff names not on file: %1. For these:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/transfer/import_preview.py" line="241"/>
        <source>%n row(s) are likely duplicates: choose for each what it does.</source>
        <translation>
            <numerusform>%n row is a likely duplicate: choose what it does.</numerusform>
            <numerusform>%n rows are likely duplicates: choose for each what it does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="34"/>
        <source>This file holds %n customer(s); the team&apos;s data holds %1 already.</source>
        <translation>
            <numerusform>This file holds %n customer; the team&apos;s data holds %1 already.</numerusform>
            <numerusform>This file holds %n customers; the team&apos;s data holds %1 already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="44"/>
        <source>This file holds %n customer(s); the team server has none yet.</source>
        <translation>
            <numerusform>This file holds %n customer; the team server has none yet.</numerusform>
            <numerusform>This file holds %n customers; the team server has none yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="59"/>
        <source>This file holds %n customer(s). Connecting it sends them all to the team at the first sync, each as a new customer: any the team has already will be there twice.</source>
        <translation>
            <numerusform>This file holds %n customer. Connecting it sends it to the team at the first sync as a new customer: if the team has it already, it will be there twice.</numerusform>
            <numerusform>This file holds %n customers. Connecting it sends them all to the team at the first sync, each as a new customer: any the team has already will be there twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="101"/>
        <source>%n customer(s) were on the team server already (published before): no duplicates made.</source>
        <translation>
            <numerusform>%n customer was on the team server already (published before): no duplicate made.</numerusform>
            <numerusform>%n customers were on the team server already (published before): no duplicates made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="103"/>
        <source>Matched by code: %n</source>
        <translation>
            <numerusform>Matched by code: %n</numerusform>
            <numerusform>Matched by code: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="105"/>
        <source>Matched by the duplicate rules (same phone or name): %n</source>
        <translation>
            <numerusform>Matched by the duplicate rules (same phone or name): %n</numerusform>
            <numerusform>Matched by the duplicate rules (same phone or name): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="111"/>
        <source>Added: %n</source>
        <translation>
            <numerusform>Added: %n</numerusform>
            <numerusform>Added: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="115"/>
        <source>Code changes (the code was another customer&apos;s in the team): %n</source>
        <translation>
            <numerusform>Code changes (the code was another customer&apos;s in the team): %n</numerusform>
            <numerusform>Code changes (the code was another customer&apos;s in the team): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/publish_dialog.py" line="120"/>
        <source>%n field(s) differ between this file and the team&apos;s data: review them on the Conflicts tab.</source>
        <translation>
            <numerusform>%n field differs between this file and the team&apos;s data: review it on the Conflicts tab.</numerusform>
            <numerusform>%n fields differ between this file and the team&apos;s data: review them on the Conflicts tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/campaigns/dialogs.py" line="204"/>
        <source>; %n left out (no consent to marketing messages)</source>
        <translation>
            <numerusform>; %n left out (no consent to marketing messages)</numerusform>
            <numerusform>; %n left out (no consent to marketing messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/overview_page.py" line="128"/>
        <source>%n account manager(s), this month (%1).</source>
        <translation>
            <numerusform>%n account manager, this month (%1).</numerusform>
            <numerusform>%n account managers, this month (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/connect_dialog.py" line="238"/>
        <source>%n change(s) have not been sent to the team; they will stay on this laptop only. Disconnect anyway?</source>
        <translation>
            <numerusform>%n change has not been sent to the team; it will stay on this laptop only. Disconnect anyway?</numerusform>
            <numerusform>%n changes have not been sent to the team; they will stay on this laptop only. Disconnect anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="363"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="365"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="374"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/sync_control.py" line="376"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="136"/>
        <source>%n login(s).</source>
        <translation>
            <numerusform>%n login.</numerusform>
            <numerusform>%n logins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/team/users_dialog.py" line="220"/>
        <source>%1 can no longer sign in; %n customer(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 can no longer sign in; %n customer now belongs to %2.</numerusform>
            <numerusform>%1 can no longer sign in; %n customers now belong to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/all_visits.py" line="322"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="194"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="200"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/week_page.py" line="216"/>
        <source>%n customer(s) moved to even out the week (Ctrl+Z undoes it). </source>
        <translation>
            <numerusform>%n customer moved to even out the week (Ctrl+Z undoes it). </numerusform>
            <numerusform>%n customers moved to even out the week (Ctrl+Z undoes it). </numerusform>
        </translation>
    </message>
</context>
</TS>
