"""The command line in Simplified Chinese: English message → 中文 (see cli/words.py).

Field names in ``{braces}`` stay as they are; words follow docs/glossary.md.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    # argparse's own words
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少以下参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "至多一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项不明确：%(option)s 可以是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "需要参数 %s 之一",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    # desktop-crm
    "Customer files, visits and account plans, offline. Run without a command to open the desktop app.":
        "客户档案、拜访记录与客户经营指导计划书，离线可用。不带命令运行即打开桌面程序。",
    "language of the output and labels (default: the system's, from LANG)": "输出与字段名的语言（默认：系统语言，取自 LANG）",
    "check this copy works (a database, every page, a PDF, an import) in a temporary folder, then exit":
        "在临时文件夹中检查本程序能否正常工作（数据库、各页面、PDF、导入），然后退出",
    "commands": "命令",
    "open the desktop app (the default)": "打开桌面程序（默认）",
    "interrupted; nothing was half-written.": "已中断；没有写入一半的数据。",
    "database file (default: ${env}, else {path})": "数据库文件（默认：${env}，否则 {path}）",
    "the database could not be used ({error}).": "无法使用该数据库（{error}）。",
    "{item!r} is not FIELD=VALUE (for example name=明佳烟酒)": "{item!r} 不是 字段=值 的形式（例如 name=明佳烟酒）",
    # encryption
    "Encrypt the database file with a passphrase. Without the passphrase nobody can open the file or its backups — not even you: it cannot be recovered.":
        "用口令加密数据库文件。没有口令，任何人（包括您自己）都无法打开该文件及其备份，口令也无法找回。",
    "keep the unencrypted file beside it instead of overwriting and removing it": "保留未加密的原文件，而不是覆盖并删除它",
    "also overwrite and remove its earlier, unencrypted automatic backups": "同时覆盖并删除之前未加密的自动备份",
    "remove the encryption of the database": "解除数据库的加密",
    "{path} is encrypted. Keep the passphrase safe: without it nobody can open the file or its backups, and it cannot be recovered.":
        "{path} 已加密。请妥善保管口令：没有口令任何人都无法打开该文件及其备份，口令也无法找回。",
    "{path} is no longer encrypted; the encrypted copy made before is {saved}": "{path} 已解除加密；之前的加密副本为 {saved}",
    "encrypt the database with a passphrase (from ${env}, else asked twice)": "用口令加密数据库（取自 ${env}，否则询问两次）",
    "the unencrypted file was kept as {path}; delete it once you no longer need it": "未加密的文件保留为 {path}；不再需要时请删除",
    "{n} earlier unencrypted backups were overwritten and removed": "已覆盖并删除 {n} 个之前未加密的备份",
    "{name} is already encrypted.": "{name} 已经加密。",
    "{n} earlier backups of this file are not encrypted (in {folder}, listed by `desktop-crm backups`); delete them if they must not be read":
        "此文件之前的 {n} 个备份未加密（在 {folder}，可用 `desktop-crm backups` 列出）；如不可被他人读取，请删除",
    "{name} is not encrypted.": "{name} 未加密。",
    "Passphrase for {name}: ": "{name} 的口令：",
    "The same passphrase again: ": "再输入一次口令：",
    "The two passphrases differ; nothing was changed.": "两次输入的口令不同；未做任何更改。",
    "New passphrase for {name}: ": "{name} 的新口令：",
    "{problem} Nothing was changed.": "{problem}未做任何更改。",
    "{name} is encrypted and there is no terminal to ask its passphrase on: set {env}.":
        "{name} 已加密，且没有终端可以询问口令：请设置 {env}。",
    # maintenance
    "everything the damaged file still counted was rescued": "损坏文件中仍可读取的数据已全部救出",
    "some rows were on damaged pages and are lost; compare with your latest backup": "部分记录位于损坏的页面上，已丢失；请与最近的备份比对",
    "fill an empty database with realistic demo data": "在空数据库中填入逼真的演示数据",
    "same seed, same data": "种子相同，数据相同",
    "write a verified copy of the database (never over an existing file)": "写入经过校验的数据库副本（从不覆盖已有文件）",
    "Write a consistent copy of the database, verified where it lies. An existing DEST is refused (exit code 6), as is one open in another program; with --replace the file there is kept aside as NAME.replaced-TIMESTAMP first.":
        "写入一致的数据库副本，并在写入位置校验。目标已存在或被其他程序打开时拒绝写入（退出码 6）；使用 --replace 时，原文件先另存为 NAME.replaced-时间戳。",
    "replace an existing DEST, keeping it aside as NAME.replaced-TIMESTAMP.EXT": "替换已存在的目标，原文件另存为 NAME.replaced-时间戳.扩展名",
    "list the database's backups (automatic and made without a DEST)": "列出数据库的备份（自动备份及未指定目标的手动备份）",
    "replace the database with a backup (the current one is kept as a backup)": "用备份替换数据库（当前数据库会保留为备份）",
    "check integrity, references and the search index": "检查完整性、引用关系和搜索索引",
    "rebuild the search index from the data": "根据数据重建搜索索引",
    "rescue what can be read of a damaged file into a new one": "把损坏文件中可读的数据救到新文件中",
    "the damaged database (only read)": "损坏的数据库（只读取）",
    "the new file to write (must not exist)": "要写入的新文件（不得已存在）",
    "the audit log: who exported, printed or showed what, when": "审计日志：谁在何时导出、打印或查看了什么",
    "List the audit log, oldest first ('check' verifies its chain). --json output is itself recorded in the log.":
        "按时间先后列出审计日志（'check' 会校验其链条）。--json 输出本身也会记入日志。",
    "rows on or after this day": "此日期当天及之后的记录",
    "e.g. export, show, dump_json; 'print' also matches print_card, print_plans…": "例如 export、show、dump_json；'print' 也匹配 print_card、print_plans…",
    "the newest N rows (default 200; 0 for all)": "最新的 N 条（默认 200；0 表示全部）",
    "--customers must be at least 1": "--customers 至少为 1",
    "not recorded in the audit trail: the database is open read-only": "未记入审计日志：数据库以只读方式打开",
    "taken": "时间",
    "reason": "原因",
    "size": "大小",
    "customers": "客户",
    "file": "文件",
    "encrypted": "已加密",
    "unreadable": "无法读取",
    "run `desktop-crm reindex` to rebuild the search index": "请运行 `desktop-crm reindex` 重建搜索索引",
    "the audit log was changed outside desktop-crm: keep this file as it is, as evidence, and compare it with a backup (`desktop-crm audit` lists the log)":
        "审计日志在 desktop-crm 之外被改动过：请原样保留此文件作为证据，并与备份比对（`desktop-crm audit` 可列出日志）",
    "table": "数据表",
    "in the damaged file": "损坏文件中",
    "rescued": "已救出",
    "demo data written to {db} in {seconds:.1f} s: {counts}": "演示数据已写入 {db}，用时 {seconds:.1f} 秒：{counts}",
    "backup written to {path} and verified ({n} customers)": "备份已写入 {path} 并通过校验（{n} 位客户）",
    "in {folder}": "位于 {folder}",
    "{db} restored from {src}": "已从 {src} 恢复 {db}",
    "{path} written: {verdict}.": "{path} 已写入：{verdict}。",
    "search index rebuilt for {n} customers": "已为 {n} 位客户重建搜索索引",
    "no audit rows match": "没有符合条件的审计记录",
    "no audit rows yet": "还没有审计记录",
    "file or folder (default: the database's folder in {folder})": "文件或文件夹（默认：{folder} 中该数据库的文件夹）",
    "the file that was there was kept as {path}": "原有的文件保留为 {path}",
    "no backups of {db} in {folder}": "{folder} 中没有 {db} 的备份",
    "the database it replaced was kept as {path}": "被替换的数据库保留为 {path}",
    "{db}: ok": "{db}：正常",
    "{db} already holds {n} customers; demo data goes into a new file (pass another --db)":
        "{db} 中已有 {n} 位客户；演示数据需写入新文件（请另指定 --db）",
    "{done}/{total} customers": "{done}/{total} 位客户",
    "integrity: {problem}": "完整性：{problem}",
    "{done}/{total} tables": "{done}/{total} 个数据表",
    "{text!r} is not a date; write it as 2026-11-01": "{text!r} 不是日期；请写成 2026-11-01 的形式",
    "id": "编号",
    "at": "时间",
    "actor": "操作人",
    "machine": "计算机",
    "action": "操作",
    "detail": "详情",
    # demo counts
    "contacts": "联系人",
    "staff": "员工",
    "visits": "拜访记录",
    "transactions": "交易",
    "members": "会员",
    "plans": "计划书",
    "snapshots": "指标快照",
    # members, staff, care, campaigns
    "personalised greeting texts as CSV for an SMS tool": "生成个性化问候短信（CSV，供短信工具使用）",
    "days ahead (default 7)": "未来天数（默认 7）",
    "first day (default today)": "起始日期（默认今天）",
    "or FILE.xlsx": "或 FILE.xlsx",
    "festivals: greet the customers of this saved filter, not every member": "节日问候：只问候此已保存筛选中的客户，而不是全部会员",
    "do not record the greetings as sent in the visit log": "不在拜访记录中记为已发送",
    "the care calendar: birthdays, anniversaries, festivals, follow-ups": "关怀日历：生日、入会周年、节日、跟进",
    "members: find, show, purchase, redeem, levels, expire": "会员：查找、查看、消费、兑换、等级、积分过期",
    "make a customer a member: member add CODE CARD": "把客户登记为会员：member add 客户代码 卡号",
    "the customer's code": "客户代码",
    "by card, phone, name or pinyin": "按卡号、电话、姓名或拼音",
    "a member and their purchase and points history": "会员及其消费与积分记录",
    "record a purchase at the counter": "记录一笔前台消费",
    "exchange points for a gift": "用积分兑换礼品",
    "what the points were exchanged for": "积分兑换的物品",
    "update every member's level from the rules": "按规则更新所有会员的等级",
    "let points older than the rules allow lapse": "让超过规则期限的积分过期",
    "staff: list with month figures, add, move members": "员工：列出本月数据、添加、移交会员",
    "staff with members and interactions against targets": "员工的会员数与拜访数及其目标",
    "prospect funnel per staff member and per source": "按员工和来源统计的客户漏斗",
    "customers added since": "此日期后建档的客户",
    "add a staff member": "添加员工",
    "move all members of one staff member to another": "把一位员工的全部会员移交给另一位",
    "campaigns: create, targets, assign, report": "营销活动：创建、目标客户、分配、报告",
    "e.g. 0.1": "例如 0.1",
    "targets from a saved filter (or tags)": "从已保存的筛选（或标签）选择目标客户",
    "a saved filter": "已保存的筛选",
    "customers with this tag": "带此标签的客户",
    "save the --tag filter under this name": "把 --tag 筛选以此名称保存",
    "a staff member's targets still to contact": "员工尚待联系的目标客户",
    "also those already contacted": "也包括已联系的",
    "record the outcome of a contact with a target": "记录与目标客户联系的结果",
    "target id (from worklist)": "目标编号（见 worklist）",
    "what the customer said": "客户的反馈",
    "the evaluation of a campaign": "活动效果评估",
    "per account manager (customer owner), with the whole campaign as total":
        "按客户经理（客户归属）分列，以整个活动为合计",
    "account manager": "客户经理",
    "no account manager": "无客户经理",
    "whole campaign": "整个活动",
    "nothing in this window": "此期间没有事项",
    "no member matches": "没有匹配的会员",
    "by staff": "按员工",
    "by source": "按来源",
    "total": "合计",
    "no campaigns": "没有营销活动",
    "nothing left to contact": "没有待联系的目标",
    "; logged as sent": "；已记为已发送",
    "{name} is member {card}": "{name} 已是会员，卡号 {card}",
    "; level {old} -> {new}": "；等级 {old} → {new}",
    "{name}: balance {balance}": "{name}：积分余额 {balance}",
    "{n} levels changed": "{n} 位会员等级有变",
    "{points} points of {n} members expired": "{n} 位会员的 {points} 积分已过期",
    "added {name}": "已添加 {name}",
    "{n} members moved to {name}": "{n} 位会员已移交给 {name}",
    "{n} targets, {held} held back": "{n} 位目标客户，{held} 位留作对照组",
    "recorded target {id}: {outcome}": "已记录目标 {id}：{outcome}",
    "{n} greetings written to {file}": "{n} 条问候已写入 {file}",
    "No single member matches {card!r} ({n} found).": "没有唯一匹配 {card!r} 的会员（找到 {n} 位）。",
    "{name}: +{points} points, balance {balance}": "{name}：+{points} 积分，余额 {balance}",
    "There is no staff member {name!r}.": "没有名为 {name!r} 的员工。",
    "give --filter NAME or --tag TAG": "请给出 --filter 名称 或 --tag 标签",
    "contact group": "联系组",
    "held back": "对照组",
    "reached": "已接通",
    "reach rate": "接通率",
    "converted": "已转化",
    "conversion rate": "转化率",
    "held back, converted": "对照组已转化",
    "holdout rate": "对照组转化率",
    "uplift": "提升",
    "incremental revenue": "增量收入",
    "revenue": "收入",
    "cost": "成本",
    "incremental ROI": "增量投资回报率",
    "by {segment}": "按 {segment}",
    "{text!r} is not a date; use YYYY-MM-DD": "{text!r} 不是日期；请用 YYYY-MM-DD",
    "There is no customer with code {code!r}.": "没有客户代码为 {code!r} 的客户。",
    "name": "姓名",
    "role": "角色",
    "target": "目标",
    "interactions": "拜访",
    "There is no saved filter {name!r}.": "没有名为 {name!r} 的已保存筛选。",
    "aware": "知晓",
    "intent": "意向",
    "purchase": "购买",
    "aware>intent": "知晓→意向",
    "intent>purchase": "意向→购买",
    "overall": "总转化",
    # plans and scoring
    "account plans: list them, print them as PDF": "客户经营指导计划书：列出、打印为 PDF",
    "print CODE's plan (-o FILE), or --all of them": "打印该客户的计划书（-o 文件），或用 --all 打印全部",
    "print this version (default: the active plan, else the newest)": "打印此版本（默认：生效的计划书，否则最新的）",
    "list plans: all, or one customer's versions": "列出计划书：全部，或某位客户的各版本",
    "customer file cards (客户资料卡) as PDF": "客户资料卡（PDF）",
    "print CODE's file card (-o FILE), or --all of them": "打印该客户的资料卡（-o 文件），或用 --all 打印全部",
    "the PDF to write (with --all: every customer in this one file)": "要写入的 PDF（用 --all 时：所有客户都在这一个文件里）",
    "every customer that matches the filter": "所有符合筛选条件的客户",
    "with --all: one PDF per customer": "用 --all 时：每位客户一个 PDF",
    "leave out the 'confidential, printed by' footer": "不印“保密，打印人”页脚",
    "as in the app's search box": "与程序搜索框相同",
    "tier code, e.g. key": "客户等级代码，例如 key",
    "lifecycle code, e.g. active": "生命周期代码，例如 active",
    "area / trade zone": "商圈/区域",
    "account manager's name": "客户经理姓名",
    "a tag (repeatable)": "标签（可重复）",
    "score every customer and keep the run (score show CODE explains one)": "为每位客户评分并保存本次结果（score show 客户代码 可查看说明）",
    "show one customer's scores": "查看一位客户的评分",
    "customer code (with show)": "客户代码（与 show 一起使用）",
    "score as of this day (YYYY-MM-DD; default today)": "以此日期评分（YYYY-MM-DD；默认今天）",
    "Without arguments: recompute every customer's scores and store them as a dated run. 'score show CODE': one customer's scores with the breakdown of the value score.":
        "不带参数：重新计算每位客户的评分，并保存为一次带日期的评分。'score show 客户代码'：一位客户的评分及客户价值的构成。",
    "score show needs a customer code, e.g. score show 420381104741": "score show 需要客户代码，例如 score show 420381104741",
    "unexpected {code!r}; did you mean score show {code}?": "多余的 {code!r}；是要 score show {code} 吗？",
    "run {id}: {n} customers scored as of {day}": "第 {id} 次评分：{n} 位客户，评分日期 {day}",
    "scoring… {done}/{total}": "评分中… {done}/{total}",
    "nothing is scored yet; run 'desktop-crm score' first": "还没有评分；请先运行 'desktop-crm score'",
    "{code} was not scored in the latest run (added since?); run 'desktop-crm score'":
        "{code} 不在最近一次评分中（之后才建档？）；请运行 'desktop-crm score'",
    "give a customer CODE, or --all (with a filter if you like)": "请给出客户代码，或 --all（可加筛选条件）",
    "say where to write the PDF with -o FILE.pdf": "请用 -o FILE.pdf 指定 PDF 写到哪里",
    "with --all give either -o FILE.pdf (one file) or --out-dir DIR": "用 --all 时请给出 -o FILE.pdf（一个文件）或 --out-dir 文件夹",
    "no customer matches and has a plan": "没有既匹配又有计划书的客户",
    "{code} has no account plan yet": "{code} 还没有客户经营指导计划书",
    "there is no account manager named {name}": "没有名为 {name} 的客户经理",
    "warning: {text}": "注意：{text}",
    "plan(s)": "份计划书",
    "file card(s)": "份资料卡",
    "{n} {what} written to {file}": "已写入 {n} {what}：{file}",
    "{n} {what} written, one file each": "已写入 {n} {what}，每位客户一个文件",
    "{n} customer(s) without a plan skipped: {shown}": "跳过 {n} 位没有计划书的客户：{shown}",
    "{n} printed with values beyond the limits (cut where they did not fit); correct them in the dossier: {shown}":
        "{n} 位客户的内容超出限制（放不下处已截断）；请在档案中更正：{shown}",
    "{code} not printed: {reason} ({message})": "{code} 未打印：{reason}（{message}）",
    "{n} customer(s) could not be printed; the others were.": "{n} 位客户无法打印；其余已打印。",
    "its content does not fit on the page": "内容一页放不下",
    "its file could not be written": "文件无法写入",
    "its data could not be read": "数据无法读取",
    "no plans": "没有计划书",
    # records
    "Overdue": "已逾期",
    "Today": "今天",
    "This week": "本周",
    "Later": "以后",
    "* required": "* 必填",
    "find customers by code, name, pinyin, phone, address...": "按代码、名称、拼音、电话、地址……查找客户",
    "terms; all must match (e.g. mjyj, 烟酒 文博路)": "搜索词；须全部匹配（例如 mjyj、烟酒 文博路）",
    "include customers in the trash": "包括回收站中的客户",
    "print a customer's dossier": "显示客户档案",
    "add a customer: add name=明佳烟酒 phone=13912345678 ...": "新增客户：add name=明佳烟酒 phone=13912345678 ……",
    "change a customer's fields: edit CODE tier=key ...": "修改客户字段：edit 客户代码 tier=key ……",
    "move a customer to the trash": "把客户移入回收站",
    "list the trash, restore from it, or purge it": "列出回收站、从中恢复或彻底删除",
    "confirm purging (it cannot be undone)": "确认彻底删除（无法撤销）",
    "add a contact to a customer: contact CODE name=李娟 ...": "为客户添加联系人：contact 客户代码 name=李娟 ……",
    "log a visit: visit CODE channel=visit purpose=... follow_up_due=...": "记录拜访：visit 客户代码 channel=visit purpose=…… follow_up_due=……",
    "a contact who took part (repeatable)": "参与的联系人（可重复）",
    "open follow-ups: overdue, today, this week, later": "未完成的跟进：已逾期、今天、本周、以后",
    "list the fields you can set, with their labels": "列出可设置的字段及其名称",
    "no customer matches": "没有匹配的客户",
    "nothing changed": "没有改动",
    "customer": "客户",
    "contact": "联系人",
    "visit": "拜访",
    "  (in the trash)": "  （在回收站中）",
    "{code} moved to the trash (desktop-crm trash restore {code} brings it back)": "{code} 已移入回收站（desktop-crm trash restore {code} 可恢复）",
    "contact {id} added to {code}": "已为 {code} 添加联系人 {id}",
    "visit {id} logged for {code}": "已为 {code} 记录拜访 {id}",
    "{n} field(s) changed": "已修改 {n} 个字段",
    "the trash is empty": "回收站是空的",
    "{code} purged": "{code} 已彻底删除",
    "{title}:": "{title}：",
    "trash {action} needs a customer code": "trash {action} 需要客户代码",
    "{code} restored": "{code} 已恢复",
    "purging {code} deletes it and all its contacts, visits, plans and purchases for good; add --yes to confirm":
        "彻底删除 {code} 会永久删除它及其全部联系人、拜访记录、计划书和消费记录；请加 --yes 确认",
    "{code} has no contact named {names}": "{code} 没有名为 {names} 的联系人",
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
    "rep": "客户经理",
    "manager": "主管",
    "admin": "管理员",
}
