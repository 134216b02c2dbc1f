"""The team's command line and the team server's sentences in Simplified Chinese
(desktop-crm server, connect, sync, conflicts, publish, audit; desktop_crm/sync's
ServerError and Sentence), and the names the synced data uses. Part of cli/zh_cn.py's
WORDS; the same rules: fields in ``{braces}`` stay, words follow docs/glossary.md."""

from __future__ import annotations

TEAM_WORDS: dict[str, str] = {
    # desktop-crm server purge-erased (sync/purge.py)
    "remove what the server still keeps of erased people (old row versions, refused edits)":
        "清除服务器上仍保留的已删除个人的数据（旧的行版本、被拒的修改）",
    "the team database, as its owner":
        "团队数据库（以其所有者身份）",
    "blank and remove only; leave the old row versions to autovacuum (no table lock)":
        "只清空和删除；旧的行版本留给自动清理（不锁表）",
    "Rewriting the records and refused edits; syncs wait until it is done…":
        "正在重写记录表和被拒修改表；同步将等待其完成…",
    "{dossiers} erased people: {tombstones} deleted records blanked, {strays} refused edits removed.":
        "已删除的个人 {dossiers} 位：清空了 {tombstones} 条已删除记录，删除了 {strays} 条被拒的修改。",
    "The old versions of the rows are gone from the tables. Still holding them until they expire: the server's write-ahead log and any WAL archive or base backup of the server.":
        "旧的行版本已从表中清除。在过期之前仍然保留它们的：服务器的预写日志（WAL），以及服务器的 WAL 归档或基础备份。",
    "The old versions of the rows stay until PostgreSQL vacuums the tables.":
        "旧的行版本会保留到 PostgreSQL 清理这些表为止。",
    "Only the team database's owner may purge erased people: connect as it.":
        "只有团队数据库的所有者才能清除已删除的个人：请以所有者身份连接。",
    "Only the team database's owner may purge erased people: connect as it. ({error})":
        "只有团队数据库的所有者才能清除已删除的个人：请以所有者身份连接。（{error}）",
    # desktop-crm server
    'set up and look after the team server (PostgreSQL)':
        '设置和维护团队服务器（PostgreSQL）',
    "Run by whoever administers the team: `init` and `upgrade` as the database's owner,\n`add-user` as a login that may create roles. The URL is libpq's\n(postgresql://admin@host/crm?sslmode=require); a password not in it comes, as for every\nlibpq tool, from PGPASSWORD or ~/.pgpass.\n":
        '由团队的管理员运行：`init` 和 `upgrade` 以数据库所有者身份运行，`add-user` 以可创建角色的账号运行。地址为 libpq 格式（postgresql://admin@host/crm?sslmode=require）；地址中没有的密码，与所有 libpq 工具一样，取自 PGPASSWORD 或 ~/.pgpass。',
    'make an empty PostgreSQL database the team server':
        '把一个空的 PostgreSQL 数据库设为团队服务器',
    'the database, e.g. postgresql://admin@host/crm':
        '数据库，例如 postgresql://admin@host/crm',
    "bring the team server's schema up to this version":
        '把团队服务器的数据库结构升级到本版本',
    'give a person a login to the team server':
        '为某人开设团队服务器账号',
    'their login: lower-case letters, digits, _ . -':
        '其账号：小写字母、数字、_ . -',
    'the team database, as its administrator':
        '团队数据库（以其管理员身份）',
    'the staff member they are':
        '对应的员工',
    "rep: their own customers; manager: their team's; admin: everything":
        'rep（客户经理）：自己的客户；manager（主管）：本团队的客户；admin（管理员）：全部',
    'the team they belong to (a manager sees the whole team)':
        '所属团队（主管可见整个团队）',
    'read the initial password from standard input instead of asking':
        '从标准输入读取初始密码，而不是询问',
    "list the team server's logins":
        '列出团队服务器的账号',
    'as JSON, for scripts':
        '以 JSON 输出，供脚本使用',
    "the team server's schema version and what it holds":
        '团队服务器的数据库结构版本及其中的数据',
    "The team server is set up (schema version {version}). Next: add each person's login with `desktop-crm server add-user`.":
        '团队服务器已设置好（数据库结构版本 {version}）。下一步：用 `desktop-crm server add-user` 为每个人添加账号。',
    "The team server's schema is already version {after}; nothing to do.":
        '团队服务器的数据库结构已是版本 {after}，无需操作。',
    "The team server's schema went from version {before} to {after}.":
        '团队服务器的数据库结构已从版本 {before} 升级到 {after}。',
    ' in team {team}':
        '，团队 {team}',
    '{login} can now sign in as {staff} ({role}{team}). Give them the server address, their login and password; they run `desktop-crm connect`.':
        '{login} 现在可以以 {staff}（{role}{team}）的身份登录。请把服务器地址、账号和密码交给对方；对方运行 `desktop-crm connect`。',
    'No terminal to ask the password on: pass it with --password-stdin.':
        '没有可询问密码的终端：请用 --password-stdin 传入密码。',
    'Initial password for {login}: ':
        '{login} 的初始密码：',
    'The same password again: ':
        '再输入一次密码：',
    'The two passwords differ; nothing was changed.':
        '两次输入的密码不同；未做任何更改。',
    'give a login a new password':
        '为账号设置新密码',
    'read the new password from standard input instead of asking':
        '从标准输入读取新密码，而不是询问',
    'stop a login signing in and give their customers to another':
        '停用账号，并把其客户转给另一人',
    'the login who takes over their customers (needed if they own any)':
        '接手其客户的账号（对方名下有客户时必填）',
    'let a deactivated login sign in again':
        '让已停用的账号重新可以登录',
    'New password for {login}: ':
        '{login} 的新密码：',
    '{login} has a new password; their laptop asks for it at the next sync.':
        '{login} 已设置新密码；其电脑会在下次同步时要求输入。',
    '{login} can no longer sign in.':
        '{login} 已不能再登录。',
    '{count} customers, with everything that hangs off them, now belong to {heir}: they arrive on that laptop at its next sync.':
        '{count} 位客户及其全部记录现归 {heir} 所有：会在其电脑下次同步时到达。',
    '{login} can sign in again.':
        '{login} 可以重新登录了。',
    'No logins yet: add them with `desktop-crm server add-user`.':
        '还没有账号：用 `desktop-crm server add-user` 添加。',
    '{database} is not a team server yet: run `desktop-crm server init`.':
        '{database} 还不是团队服务器：请运行 `desktop-crm server init`。',
    'database {database} as {login}: schema version {version} (this app: {app}), {logins} logins':
        '数据库 {database}（账号 {login}）：数据库结构版本 {version}（本程序：{app}），{logins} 个账号',
    # desktop-crm connect, sync, sync status, disconnect
    'connect this file to the team server as your login':
        '以您的账号把此文件连接到团队服务器',
    'The password is asked on a terminal (and may be kept in the OS keyring); without a terminal\nit comes, as for every libpq tool, from PGPASSWORD, ~/.pgpass or the URL.\n':
        '密码在终端上询问（也可保存在系统钥匙串中）；没有终端时，与所有 libpq 工具一样，取自 PGPASSWORD、~/.pgpass 或地址本身。',
    'the team database, e.g. postgresql://crm.example.com/crm':
        '团队数据库，例如 postgresql://crm.example.com/crm',
    'your login on the server':
        '您在服务器上的账号',
    "send this file's changes to the team server and receive the team's ('sync status': how things stand, without the server)":
        "把此文件的更改发送到团队服务器，并接收团队的更改（'sync status'：查看同步状况，无需连接服务器）",
    'status: the server, last sync, changes waiting, open conflicts':
        'status：服务器、上次同步、待同步的更改、待决定的冲突',
    'stop syncing this file (it keeps everything it holds)':
        '停止同步此文件（文件中的数据全部保留）',
    'disconnect even with changes not yet sent (they stay here only)':
        '即使有尚未发送的更改也断开连接（这些更改只留在本机）',
    'Password for {address}: ':
        '{address} 的密码：',
    'This file is not connected to a team server: run `desktop-crm connect URL --user LOGIN` first.':
        '此文件没有连接团队服务器：请先运行 `desktop-crm connect 地址 --user 账号`。',
    'This file is connected to {address} already: `desktop-crm disconnect` first to connect it elsewhere.':
        '此文件已连接到 {address}：要连接到别处，请先运行 `desktop-crm disconnect`。',
    'Password for {address} (empty: from PGPASSWORD or ~/.pgpass): ':
        '{address} 的密码（留空：取自 PGPASSWORD 或 ~/.pgpass）：',
    "Keep the password in this computer's keyring, so sync does not ask for it?":
        '把密码保存在本机的钥匙串中，以后同步时不再询问？',
    'The keyring refused to keep it; sync will ask.':
        '钥匙串未能保存密码；同步时会再询问。',
    'This file is connected to {address} ({role}). Run `desktop-crm sync` to send its records and receive what your login may see.':
        '此文件已连接到 {address}（{role}）。请运行 `desktop-crm sync` 发送其中的记录，并接收您的账号可以查看的数据。',
    'pull: {count} records':
        '接收：{count} 条记录',
    'push: {count} records':
        '发送：{count} 条记录',
    'Synced with {address}: {pulled} records received, {pushed} sent.':
        '已与 {address} 同步：接收 {pulled} 条记录，发送 {pushed} 条。',
    '{n} new conflicts wait for your decision: `desktop-crm conflicts list`.':
        '有 {n} 个新冲突等待您决定：`desktop-crm conflicts list`。',
    "{n} edits were to customers now someone else's: they went to the new owner to review.":
        '有 {n} 处修改针对的客户现已归他人负责：已转给新的客户经理审阅。',
    '{n} customers were given to someone else and left this file.':
        '有 {n} 位客户已交给他人负责，已从此文件中移出。',
    'Note: {note}.':
        '注意：{note}。',
    'This file is not connected to a team server (it works on its own).':
        '此文件没有连接团队服务器（独立使用）。',
    'server      {server}':
        '服务器      {server}',
    'login       {login} ({role})':
        '账号        {login}（{role}）',
    'last sync   {when}':
        '上次同步    {when}',
    'never':
        '从未同步',
    ' (checkpoint {checkpoint})':
        '（检查点 {checkpoint}）',
    ', ':
        '，',
    '{n} {kind}':
        '{kind} {n} 项',
    'to send     {n} changes: {kinds}':
        '待同步      {n} 项更改：{kinds}',
    'to send     {n} changes':
        '待同步      {n} 项更改',
    'conflicts   {n} open':
        '冲突        {n} 个待决定',
    '{n} changes have not been sent to the team; they will stay on this laptop only. Disconnect anyway?':
        '有 {n} 项更改尚未发送给团队；断开后它们只留在本机。仍要断开连接吗？',
    '{n} changes have not been sent to the team: run `desktop-crm sync` first, or pass --yes to disconnect anyway.':
        '有 {n} 项更改尚未发送给团队：请先运行 `desktop-crm sync`，或加 --yes 仍然断开连接。',
    'Still connected; nothing was changed.':
        '仍保持连接；未做任何更改。',
    'Disconnected from {address}. The file keeps all its records and works on its own.':
        '已与 {address} 断开连接。文件保留全部记录，可独立使用。',
    # desktop-crm conflicts
    'list, show and decide the conflicts a sync found':
        '列出、查看并决定同步发现的冲突',
    "A conflict is the same field changed differently here and on another laptop (or an edit\nagainst a delete). The record holds the team's value until you decide: --mine, --theirs,\nor --value with another value; the next sync sends the decision to the team.\n":
        '冲突是指同一字段在本机和另一台电脑上被改成了不同的值（或一边修改、一边删除）。在您决定之前，记录保持团队的值：--mine（本机的值）、--theirs（团队的值），或用 --value 给出另一个值；下次同步时会把您的决定发送给团队。',
    'the conflicts waiting for a decision':
        '等待决定的冲突',
    'one conflict: both values, who made theirs and when':
        '一个冲突：双方的值，以及团队的值由谁在何时修改',
    'decide a conflict':
        '决定一个冲突',
    "keep this laptop's value":
        '保留本机的值',
    "keep the team's value":
        '保留团队的值',
    'keep another value':
        '保留另一个值',
    '(deleted)':
        '（已删除）',
    '(edited)':
        '（已修改）',
    '(empty)':
        '（空）',
    'No conflicts wait for a decision.':
        '没有等待决定的冲突。',
    'record':
        '记录',
    'field':
        '字段',
    'mine':
        '本机的值',
    'theirs':
        '团队的值',
    'by':
        '修改人',
    '(whole record)':
        '（整条记录）',
    'No open conflict has the id {id}: `desktop-crm conflicts list` shows them.':
        '没有编号为 {id} 的待决定冲突：`desktop-crm conflicts list` 可列出全部冲突。',
    'conflict {id}: {record}':
        '冲突 {id}：{record}',
    'field      {field}':
        '字段       {field}',
    '(the whole record)':
        '（整条记录）',
    'mine       {what}':
        '本机       {what}',
    'theirs     {what} by {login} at {at}':
        '团队       {what}（{login} 修改于 {at}）',
    'before     {value}':
        '原值       {value}',
    'found      {at}':
        '发现于     {at}',
    'deleted':
        '已删除',
    'edited':
        '已修改',
    'A conflict about the whole record is decided with --mine or --theirs; edit the record afterwards if need be.':
        '整条记录的冲突只能用 --mine 或 --theirs 决定；如有需要，之后再修改该记录。',
    "{field} {value} is another record's already: choose another with --value.":
        '{field} {value} 已被另一条记录使用：请用 --value 另选一个。',
    'the record':
        '该记录',
    "this laptop's value":
        '本机的值',
    "the team's value":
        '团队的值',
    'the value {value}':
        '值 {value}',
    'Conflict {id} decided: {kept} is kept. The next `desktop-crm sync` sends it to the team.':
        '冲突 {id} 已决定：保留{kept}。下次 `desktop-crm sync` 会把它发送给团队。',
    # desktop-crm publish
    "send this whole file to the team server as the team's data (an administrator's login); a second file is merged in, matching customers by code and by the duplicate rules":
        '把整个文件发送到团队服务器，作为团队的数据（需管理员账号）；再发布的文件会合并进去，按客户代码和查重规则匹配客户',
    "an administrator's login":
        '管理员账号',
    'the report as JSON, for scripts':
        '以 JSON 输出报告，供脚本使用',
    'Published to {address}: {pushed} records sent, {pulled} received.':
        '已发布到 {address}：发送 {pushed} 条记录，接收 {pulled} 条。',
    '{n} customers were on the server already (published before): no duplicates made.':
        '有 {n} 位客户已在服务器上（之前发布过）：没有产生重复。',
    '{n} customers matched by code:':
        '按客户代码匹配的客户 {n} 位：',
    '{n} customers matched by the duplicate rules:':
        '按查重规则匹配的客户 {n} 位：',
    '{n} customers added:':
        '新增客户 {n} 位：',
    "  ({name}: code {old} is another customer's in the team, now {new})":
        '  （{name}：客户代码 {old} 在团队中属于另一位客户，现改为 {new}）',
    "{n} fields differ between this file and the team's data: review them with `desktop-crm conflicts list`.":
        '有 {n} 个字段在此文件与团队数据中不同：请用 `desktop-crm conflicts list` 查看。',
    # the team server's sentences (desktop_crm/sync: ServerError, Sentence)
    'The team server asks for a password and none was given: run the command on a terminal, or set PGPASSWORD, or keep the password in ~/.pgpass.':
        '团队服务器要求密码，但没有提供：请在终端上运行此命令，或设置 PGPASSWORD，或把密码保存在 ~/.pgpass 中。',
    'The server address is not valid: {error}':
        '服务器地址无效：{error}',
    'The server refused the login or password; check them with your administrator.':
        '服务器拒绝了账号或密码；请与管理员核对。',
    'The team database does not exist on that server ({first}).':
        '该服务器上没有这个团队数据库（{first}）。',
    'Could not reach the team server; check the address and your network, then try again ({first}).':
        '无法连接到团队服务器；请检查地址和网络后重试（{first}）。',
    'Could not connect to the team server: {first}':
        '无法连接团队服务器：{first}',
    'This database is already a desktop-crm team server (schema version {version}); use `desktop-crm server upgrade` to bring it up to date.':
        '该数据库已是 desktop-crm 团队服务器（数据库结构版本 {version}）；请用 `desktop-crm server upgrade` 升级到最新。',
    "This login may not set up the team server: connect as the database's owner, with the right to create roles (CREATEROLE). ({error})":
        '此账号无权设置团队服务器：请以数据库所有者身份、并具有创建角色的权限（CREATEROLE）连接。（{error}）',
    'This database is not a desktop-crm team server yet: run `desktop-crm server init` first.':
        '该数据库还不是 desktop-crm 团队服务器：请先运行 `desktop-crm server init`。',
    "The team server's schema is version {version}, newer than this app knows ({app}): install the newer desktop-crm your team uses.":
        '团队服务器的数据库结构是版本 {version}，比本程序所知的（{app}）更新：请安装团队使用的新版 desktop-crm。',
    "The team server's schema is version {version}, older than this app needs ({app}): ask your administrator to run `desktop-crm server upgrade`.":
        '团队服务器的数据库结构是版本 {version}，比本程序所需的（{app}）更旧：请让管理员运行 `desktop-crm server upgrade`。',
    'That database is not a desktop-crm team server: ask your administrator to run `desktop-crm server init` on it.':
        '该数据库不是 desktop-crm 团队服务器：请让管理员对它运行 `desktop-crm server init`。',
    "A login is lower-case letters, digits, '_', '.' or '-', starting with a letter or '_', at most 63 characters.":
        "账号由小写字母、数字、'_'、'.' 或 '-' 组成，以字母或 '_' 开头，最多 63 个字符。",
    'The role must be one of {roles}.':
        '角色必须是 {roles} 之一。',
    "A manager needs a team (--team): a manager sees that team's customers.":
        '主管需要指定团队（--team）：主管可查看该团队的客户。',
    'The password must be at least 8 characters long.':
        '密码至少需要 8 个字符。',
    'Name the staff member this login is (--staff).':
        '请指定此账号对应的员工（--staff）。',
    "Give {login}'s customers to someone else.":
        '请把 {login} 的客户转给另一人。',
    '{login} owns {count} customers: name who takes them over (--give-to).':
        '{login} 名下有 {count} 位客户：请指定接手的人（--give-to）。',
    "{login} is not one of this team's logins (see `desktop-crm server users`).":
        '{login} 不是本团队的账号（见 `desktop-crm server users`）。',
    'This login may not change other logins: use the login that set up the team (with CREATEROLE). ({error})':
        '此账号无权更改其他账号：请使用设置团队的账号（具有 CREATEROLE 权限）。（{error}）',
    'The login {login} exists already.':
        '账号 {login} 已存在。',
    '{staff} has a login already.':
        '{staff} 已有账号。',
    'This file is connected to a team server already: `desktop-crm disconnect` first to connect it elsewhere.':
        '此文件已连接团队服务器：要连接到别处，请先运行 `desktop-crm disconnect`。',
    '{login} signs in but is not a member of this team: ask your administrator to add the login with `desktop-crm server add-user`.':
        '{login} 可以登录，但不是本团队的成员：请让管理员用 `desktop-crm server add-user` 添加此账号。',
    'Other laptops kept changing the same records; nothing was lost: sync again in a moment.':
        '其他电脑一直在修改相同的记录；没有丢失任何数据：请稍后再同步。',
    'The team server refused a change this login may not make ({error}); ask your administrator.':
        '团队服务器拒绝了此账号无权进行的更改（{error}）；请询问管理员。',
    'The connection to the team server was lost during the sync ({first}); nothing was half-done on either side: sync again.':
        '同步过程中与团队服务器的连接中断（{first}）；双方都没有只完成一半的更改：请再同步一次。',
    'The address asks for an encrypted connection (TLS), which the team server does not offer: '
    'ask your administrator ({first}).':
        '该地址要求加密连接（TLS），但团队服务器不提供：请询问管理员（{first}）。',
    'The team server accepts only encrypted connections (TLS): add ?sslmode=require to the '
    'address ({first}).':
        '团队服务器只接受加密连接（TLS）：请在地址后加上 ?sslmode=require（{first}）。',
    'The team server reported a problem: {error}':
        '团队服务器报告了一个问题：{error}',
    'This file could not take what the team sent ({error}); nothing was changed here: sync '
    'again, and if it comes back, tell your administrator.':
        '本文件无法接收团队发来的数据（{error}），此处未作任何更改：请再同步一次，如仍出现，请告知管理员。',
    'This file is not connected to a team server.':
        '此文件没有连接团队服务器。',
    '{n} changes to shared settings stay on this laptop: only managers change them for the team':
        '有 {n} 项共享设置的更改只留在本机：只有主管可以为团队修改这些设置',
    'This file is connected to a team server already: it was published, or `desktop-crm disconnect` it first.':
        '此文件已连接团队服务器：它已发布过，或请先对它运行 `desktop-crm disconnect`。',
    "Publishing a file as the team's data needs an administrator's login; {login} is a {role}.":
        '把文件发布为团队的数据需要管理员账号；{login} 的角色是 {role}。',
    "Publishing a file as the team's data needs an administrator's login; {login} is not a member.":
        '把文件发布为团队的数据需要管理员账号；{login} 不是团队成员。',
    # arriving with the s-sim merge (branch team2): its audit command and its refusals' note
    "the team's audit log: exports and prints on laptops":
        '团队的审计日志：各电脑上的导出与打印',
    'the team database, as an administrator':
        '团队数据库（以管理员身份）',
    'at most this many rows (newest)':
        '最多显示这么多条（最新的）',
    'No exports or prints recorded yet: laptops send theirs when they sync.':
        '还没有导出或打印的记录：各电脑同步时会发送各自的记录。',
    "Only the team's administrators may read its audit log.":
        '只有团队的管理员可以查看其审计日志。',
    '{n} changes were not sent, as only managers make them (shared settings, giving a customer to someone else); they wait under conflicts':
        '有 {n} 项更改未发送，因为只有主管可以进行这类更改（共享设置、把客户交给他人）；它们列在冲突中等待处理',
    "(refused: a manager's change)":
        '（被拒绝：需主管进行的更改）',
    "why        {holder} holds this value in the team and no two customers may share it, so this customer gave it up; merge them if they are one shop":
        "原因       团队中 {holder} 已使用此值，两位客户不能共用，因此本客户已让出；如果两者是同一家店，请合并",
    "why        the team server does not take this change from your login: only a manager or an admin makes it; `resolve --theirs` drops it":
        '原因       团队服务器不接受您的账号做出的这项更改：只有主管或管理员可以进行；`resolve --theirs` 会放弃它',
    "The team server does not take this change from your login, so it cannot be kept: `--theirs` drops it and keeps the team's record; ask a manager to make the change.":
        '团队服务器不接受您的账号做出的这项更改，因此无法保留：`--theirs` 会放弃它并保留团队的记录；请让主管进行这项更改。',
}

# The names the data and the server use, as a Chinese user reads them (cli/words.term):
# a synced record's kind (storage/sync_tables) and a login's role (sync.ROLES).
TERMS: dict[str, str] = {
    "staff": "员工",
    "tier": "客户等级",
    "plan_template": "计划书模板",
    "message_template": "短信模板",
    "custom_field": "自定义字段",
    "saved_filter": "已保存的筛选",
    "campaign": "营销活动",
    "customer": "客户",
    "customer_tag": "客户标签",
    "contact": "联系人",
    "interaction": "拜访记录",
    "interaction_contact": "拜访参与人",
    "plan": "计划书",
    "plan_point": "计划书要点",
    "plan_action": "计划书行动",
    "plan_objective": "计划书目标",
    "plan_strategy": "计划书策略",
    "purchase": "消费记录",
    "member": "会员",
    "points_move": "积分变动",
    "campaign_target": "活动目标客户",
    "setting": "设置",  # setting and history: with the s-sim merge
    "history": "修改记录",
    "address": "地址",
    "contact_way": "联系方式",
    "rep": "客户经理",
    "manager": "主管",
    "admin": "管理员",
}
