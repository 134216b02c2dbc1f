"""Laptops for the sync tests: each a real SQLite file with the app's services, connected to
the team server as one login."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.storage.db import Store, open_database
from desktop_crm.sync import connection, engine


@dataclass
class Laptop:
    login: str
    store: Store
    url: str
    password: str

    @property
    def customers(self) -> CustomerService:
        return CustomerService(self.store, actor=self.login)

    @property
    def contacts(self) -> ContactService:
        return ContactService(self.store, actor=self.login)

    @property
    def visits(self) -> InteractionService:
        return InteractionService(self.store, self.login)

    def sync(self) -> engine.SyncResult:
        with connection.open_server(connection.link(self.store).url, self.password) as conn:
            return engine.sync(self.store, conn)

    def names(self) -> set[str]:
        return {r[0] for r in self.store.conn.execute("SELECT name FROM customers")}

    def customer(self, name: str) -> dict:
        row = self.store.conn.execute("SELECT * FROM customers WHERE name = ?", (name,)).fetchone()
        return dict(row) if row else None

    def id_of(self, name: str) -> int:
        return self.customer(name)["id"]

    def staff_id(self, name: str) -> int:
        return self.store.conn.execute("SELECT id FROM staff WHERE name = ?", (name,)).fetchone()[0]


def laptop(folder: Path, team, login: str, password: str) -> Laptop:
    store = open_database(folder / f"{login}.sqlite3")
    connection.connect(store, team.cluster.url(login, "", team.dbname).replace(":@", "@"),
                       login, password)
    return Laptop(login, store, connection.link(store).url, password)
