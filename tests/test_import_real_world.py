"""The real-world import check (issue 14), through the command line: a shop till's XLSX
and an English CRM's CSV with a BOM, each imported twice. The first import lands every
column somewhere (a field, or a new custom field); the second changes nothing: the same
customers, no row changed, no new field, no batch. (The tobacco system's GBK CSV goes
through the wizard: tests/ui/test_import_real_world.py.)"""

from __future__ import annotations

import json

from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.storage import queries
from tests.fixtures.exports import ENGLISH_HEADER, TILL_HEADER, english_csv, till_xlsx


def snapshot(store) -> dict[str, object]:
    """What a second import must leave as it is."""
    return {table: store.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("customers", "members", "custom_fields", "custom_values", "staff",
                          "change_log", "import_batches", "points_moves")}


def test_a_till_export_lands_every_column_and_a_second_import_changes_nothing(cli, store, tmp_path) -> None:
    path = till_xlsx(tmp_path)
    code, out, _ = cli("import", str(path), "--kind", "members", "--create-customers", "--new-fields",
                       "--json")
    first = json.loads(out)
    assert code == 0, out
    assert (first["created"], first["new_customers"], first["rejected"]) == (4, 4, 0)
    assert first["new_fields"] == ["累计消费"] and first["skipped_columns"] == []
    # every column landed: card, name, phone, joined (the member and its customer), the
    # points balance, and the spending in a new number field of the customer
    spent = CustomFieldService(store).fields()[0]
    assert (spent.label, spent.type) == ("累计消费", "number")
    member = store.conn.execute(
        "SELECT m.card_no, c.name, c.phone, m.joined_on, m.points_balance, c.id FROM members m "
        "JOIN customers c ON c.id = m.customer_id WHERE m.card_no = 'VIP0001'").fetchone()
    assert tuple(member)[:5] == ("VIP0001", "曾小红", "13911112222", "2023-01-02", 1288)
    assert CustomFieldService(store).values(member[5]) == {spent.key: "1288.5"}
    assert len(TILL_HEADER) == 6

    before = snapshot(store)
    code, out, _ = cli("import", str(path), "--kind", "members", "--create-customers", "--new-fields",
                       "--json")
    second = json.loads(out)
    assert code == 0 and (second["created"], second["updated"], second["unchanged"]) == (0, 0, 4)
    assert second["new_fields"] == [] and second["batch"] is None
    assert snapshot(store) == before


def test_an_english_export_with_a_bom_lands_every_column_and_a_second_import_changes_nothing(
        cli, store, tmp_path) -> None:
    path = english_csv(tmp_path)
    code, out, _ = cli("import", str(path), "--dry-run")
    assert code == 0
    assert "columns skipped: Mobile, Annual Sales, Segment; --new-fields keeps them" in out
    assert "staff not on file, would be created as staff members: Li Na (2 rows), Tom Zhao (2 rows)" in out

    code, out, _ = cli("import", str(path), "--new-fields")
    assert code == 0 and "4 created" in out
    assert "new custom fields: Mobile (text), Annual Sales (number), Segment (choice)" in out
    fields = {f.label: f for f in CustomFieldService(store).fields()}
    assert fields["Segment"].choices == ("Retail", "Wholesale")
    acme = queries.customer_by_code(store, "EN-1001")
    assert (acme["name"], acme["phone"], acme["address"], acme["trading_since"]) == (
        "Acme Trading", "0710-3210001", "1 Harbour Road", "2022-03-04")
    assert store.get("staff", acme["owner_id"])["name"] == "Li Na"
    assert CustomFieldService(store).values(acme["id"]) == {
        fields["Mobile"].key: "13900000001", fields["Annual Sales"].key: "120000",
        fields["Segment"].key: "Retail"}
    assert len(ENGLISH_HEADER) == 9

    before = snapshot(store)
    code, out, _ = cli("import", str(path), "--new-fields")
    assert code == 0 and "0 created, 0 updated, 4 unchanged" in out
    assert "new custom fields" not in out and "columns skipped" not in out
    assert snapshot(store) == before
