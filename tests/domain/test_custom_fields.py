from __future__ import annotations

import pytest

from desktop_crm.domain import dossier
from desktop_crm.domain.custom_fields import CustomFieldService, make_key
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import queries


@pytest.fixture
def custom(store) -> CustomFieldService:
    return CustomFieldService(store, actor="测试员")


def custom_history(store, customer_id: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (r["field"], r["old_value"], r["new_value"])
        for r in queries.history(store, customer_id)
        if r["field"].startswith("custom:")
    ]


def test_define_derives_a_key_from_the_chinese_label(custom) -> None:
    bank = custom.define("开户银行")
    assert (bank.key, bank.label, bank.type, bank.name) == (
        "kai_hu_yin_hang", "开户银行", "text", "custom:kai_hu_yin_hang"
    )
    assert make_key("Licence No.") == "licence_no"
    assert make_key("2025目标") == "f_2025_mu_biao"
    # the same reading again gets its own key; the same label is refused
    again = custom.define("开户 银行")
    assert again.key == "kai_hu_yin_hang_2"
    with pytest.raises(ValidationError) as caught:
        custom.define("开户银行")
    assert caught.value.for_field("label")[0].code == "duplicate"
    assert [f.label for f in custom.fields()] == ["开户银行", "开户 银行"]


def test_define_refuses_bad_definitions_naming_the_field(custom) -> None:
    with pytest.raises(ValidationError) as caught:
        custom.define("", type="colour", key="Bad Key")
    assert {e.field for e in caught.value.errors} == {"label", "type", "key"}
    with pytest.raises(ValidationError) as caught:
        custom.define("档次", type="choice", choices=["", "  "])
    assert caught.value.for_field("choices")[0].code == "required"
    with pytest.raises(ValidationError) as caught:
        custom.define("档次", type="choice", choices=["高", "低", "高"])
    assert caught.value.for_field("choices")[0].code == "duplicate"
    assert custom.fields() == []


def test_values_are_checked_by_type_and_stored_canonically(custom, customers, mingjia) -> None:
    custom.define("年销量", type="number", key="volume")
    custom.define("签约日期", type="date", key="signed")
    custom.define("档次", type="choice", choices=["高", "中", "低"], key="grade")
    custom.set_values(mingjia, {"volume": "1,200", "signed": "2024/5/3", "grade": "中"})
    assert custom.values(mingjia) == {"volume": "1200", "signed": "2024-05-03", "grade": "中"}
    custom.set_values(mingjia, {"custom:volume": 12.5})
    assert custom.values(mingjia)["volume"] == "12.5"

    with pytest.raises(ValidationError) as caught:
        custom.set_values(mingjia, {"volume": "很多", "signed": "2024-02-30", "grade": "特高"})
    assert {e.field: e.code for e in caught.value.errors} == {
        "custom:volume": "number", "custom:signed": "date", "custom:grade": "choice",
    }
    with pytest.raises(ValidationError) as caught:
        custom.set_values(mingjia, {"volume": "3", "nonsense": "x"})
    assert caught.value.for_field("custom:nonsense")[0].code == "unknown"
    assert custom.values(mingjia)["volume"] == "12.5"  # nothing of a refused set was written


def test_changes_are_kept_in_the_dossier_history(store, custom, mingjia) -> None:
    custom.define("开户银行", key="bank")
    assert custom.set_values(mingjia, {"bank": "农业银行"}) == [("custom:bank", None, "农业银行")]
    assert custom.set_values(mingjia, {"bank": "农业银行"}) == []  # unchanged: no history
    custom.set_values(mingjia, {"bank": "建设银行"})
    custom.set_values(mingjia, {"bank": ""})  # clearing removes the value
    assert custom.values(mingjia) == {}
    assert custom_history(store, mingjia) == [
        ("custom:bank", "建设银行", None),
        ("custom:bank", "农业银行", "建设银行"),
        ("custom:bank", None, "农业银行"),
    ]
    entries = [e for e in dossier.history(store, mingjia, "zh") if e.field == "开户银行"]
    assert [(e.old, e.new) for e in entries][-1] == ("", "农业银行")


def test_rename_keeps_values_and_delete_takes_them_along(store, custom, customers, mingjia) -> None:
    other = customers.create({"name": "鑫源超市"})
    bank = custom.define("开户银行", key="bank")
    custom.set_values(mingjia, {"bank": "农业银行"})
    custom.set_values(other, {"bank": "工商银行"})
    custom.rename(bank.id, "结算银行")
    assert custom.field(bank.id).label == "结算银行"
    assert custom.values(mingjia) == {"bank": "农业银行"}
    with pytest.raises(ValidationError):
        custom.rename(bank.id, " ")

    assert custom.value_count(bank.id) == 2
    assert custom.delete(bank.id) == 2
    assert custom.fields() == [] and custom.values(mingjia) == {} and custom.values(other) == {}
    assert store.count("custom_values") == 0
    # what was lost stays readable in each dossier's history
    assert custom_history(store, other)[0] == ("custom:bank", "工商银行", None)
    assert [e.field for e in dossier.history(store, other, "zh")][0] == "bank"


def test_choice_lists_can_change(custom, mingjia) -> None:
    grade = custom.define("档次", type="choice", choices=["高", "低"])
    custom.set_choices(grade.id, ["高", "中", "低"])
    assert custom.field(grade.id).choices == ("高", "中", "低")
    custom.set_values(mingjia, {grade.key: "中"})
    text = custom.define("备注二")
    with pytest.raises(ValidationError):
        custom.set_choices(text.id, ["x"])


def test_contact_fields_are_logged_in_their_customers_history(
    store, custom, contacts, mingjia
) -> None:
    contact_id = contacts.of_customer(mingjia)[0]["id"]
    custom.define("籍贯", key="hometown", entity="contact")
    custom.set_values(contact_id, {"hometown": "湖北十堰"}, entity="contact")
    assert custom.values(contact_id, entity="contact") == {"hometown": "湖北十堰"}
    assert custom.fields("customer") == []
    assert custom_history(store, mingjia) == [("custom:hometown", None, "湖北十堰")]


def test_save_dossier_reports_all_errors_and_writes_nothing(store, custom) -> None:
    custom.define("年销量", type="number", key="volume")
    with pytest.raises(ValidationError) as caught:
        dossier.save_dossier(
            store, "测试员", None, {"name": "鑫源超市", "phone": "12345"}, {"volume": "很多"}
        )
    assert {e.field for e in caught.value.errors} == {"phone", "custom:volume"}
    with pytest.raises(ValidationError):
        dossier.save_dossier(store, "测试员", None, {"name": "鑫源超市"}, {"volume": "很多"})
    assert store.count("customers") == 0 and store.count("change_log") == 0

    cid = dossier.save_dossier(
        store, "测试员", None, {"name": "鑫源超市", "tier": None}, {"volume": "30"}
    )
    assert custom.values(cid) == {"volume": "30"}
    assert dossier.record(store, cid)["custom:volume"] == "30"


def test_purging_a_customer_removes_its_custom_values(store, customers, mingjia) -> None:
    from desktop_crm.domain.custom_fields import CustomFieldService

    service = CustomFieldService(store, "测试员")
    field = service.define("开户银行", "text")
    service.set_values(mingjia, {field.key: "工商银行"})
    assert store.conn.execute("SELECT count(*) FROM custom_values").fetchone()[0] == 1
    customers.delete(mingjia)
    customers.purge(mingjia)
    assert store.conn.execute("SELECT count(*) FROM custom_values").fetchone()[0] == 0
