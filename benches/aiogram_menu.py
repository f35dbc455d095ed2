"""The aiogram 3 side of `benches/throughput.rs`: a menu bot with its state in
SQLite, answering the newcomer flow the way Discorsi does.

/start -> a language picker (lang:xx) -> the privacy notice (privacy:ok) ->
the main menu (menu:services) -> "Find a service", where each typed word is
looked up in the directory. Users, their language and consent, and the FSM
state and data live in one SQLite file (aiosqlite), written on every change
as Discorsi writes its own. As in the bench's Discorsi, the directory is
empty (`BENCH_SERVICES=1` fills it with a few services), so each search
counts a miss in a commit. Replies go out as new messages; a pressed button
is answered alongside, as Discorsi does. Unlike Discorsi, updates are not
stored before they are confirmed.

    python3 benches/aiogram_menu.py API_URL TOKEN DB_PATH

Needs `pip install aiogram aiosqlite`. It is a load for comparison only,
not part of the bot.
"""

import asyncio
import json
import os
import sys
from typing import Any, Dict, Mapping, Optional

import aiosqlite
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

LANGUAGES = [
    ("it", "Italiano"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("sq", "Shqip"),
    ("en", "English"),
]

SERVICES = [
    ("health", "Ambulatorio Sokos", "medico visite gratuite salute"),
    ("health", "Poliambulatorio Camminare Insieme", "medico dentista salute"),
    ("health", "Consultorio familiare", "salute donne medico bambini"),
    ("housing", "Sportello casa", "casa affitto alloggio"),
    ("housing", "Dormitorio via Ormea", "notte letto casa"),
    ("work", "Centro per l'impiego", "lavoro curriculum corso"),
    ("work", "Certificazione competenze", "lavoro competenze certificato"),
    ("legal", "Sportello legale ASGI", "permesso documenti avvocato"),
]


class Flow(StatesGroup):
    language = State()
    notice = State()
    menu = State()
    search = State()


class SqliteStorage(BaseStorage):
    """FSM state and data in one SQLite table, as a small bot keeps them."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    @staticmethod
    def _key(key: StorageKey) -> str:
        return f"{key.bot_id}:{key.chat_id}:{key.user_id}"

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        await self.db.execute(
            "INSERT INTO fsm(key, state, data) VALUES (?, ?, '{}') "
            "ON CONFLICT(key) DO UPDATE SET state = excluded.state",
            (self._key(key), value),
        )
        await self.db.commit()

    async def get_state(self, key: StorageKey) -> Optional[str]:
        async with self.db.execute(
            "SELECT state FROM fsm WHERE key = ?", (self._key(key),)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self.db.execute(
            "INSERT INTO fsm(key, state, data) VALUES (?, NULL, ?) "
            "ON CONFLICT(key) DO UPDATE SET data = excluded.data",
            (self._key(key), json.dumps(dict(data))),
        )
        await self.db.commit()

    async def get_data(self, key: StorageKey) -> Dict[str, Any]:
        async with self.db.execute(
            "SELECT data FROM fsm WHERE key = ?", (self._key(key),)
        ) as cur:
            row = await cur.fetchone()
        return json.loads(row[0]) if row and row[0] else {}

    async def close(self) -> None:
        await self.db.close()


async def alongside(*calls) -> None:
    """Awaits Bot API calls at once (aiogram's method objects are awaitable
    but not coroutines, which `asyncio.gather` needs)."""

    async def run(call):
        return await call

    await asyncio.gather(*(run(c) for c in calls))


def keyboard(rows) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=t, callback_data=d) for t, d in row]
            for row in rows
        ]
    )


def main_menu() -> InlineKeyboardMarkup:
    return keyboard(
        [
            [("Trova un servizio", "menu:services")],
            [("Laboratori", "menu:events")],
            [("Com'è andata?", "menu:feedback")],
            [("Lingua", "menu:language")],
        ]
    )


def build(db: aiosqlite.Connection) -> Dispatcher:
    dp = Dispatcher(storage=SqliteStorage(db))

    @dp.message(CommandStart())
    async def start(message: Message, state: FSMContext) -> None:
        await db.execute(
            "INSERT INTO users(id, first_seen) VALUES (?, datetime('now')) "
            "ON CONFLICT(id) DO UPDATE SET last_seen = datetime('now')",
            (message.from_user.id,),
        )
        await db.commit()
        await state.set_state(Flow.language)
        await message.answer(
            "Scegli la tua lingua · Choose your language",
            reply_markup=keyboard(
                [[(name, f"lang:{code}")] for code, name in LANGUAGES]
            ),
        )

    @dp.callback_query(Flow.language, F.data.startswith("lang:"))
    async def language(query: CallbackQuery, state: FSMContext) -> None:
        lang = query.data.split(":", 1)[1]
        await db.execute(
            "UPDATE users SET lang = ? WHERE id = ?", (lang, query.from_user.id)
        )
        await db.commit()
        await state.update_data(lang=lang)
        await state.set_state(Flow.notice)
        await alongside(
            query.answer(),
            query.message.answer(
                "Prima di iniziare: conserviamo solo la lingua e le tue scelte. "
                "Puoi cancellare tutto quando vuoi.",
                reply_markup=keyboard([[("Ho capito", "privacy:ok")]]),
            ),
        )

    @dp.callback_query(Flow.notice, F.data == "privacy:ok")
    async def notice(query: CallbackQuery, state: FSMContext) -> None:
        await db.execute(
            "UPDATE users SET accepted_at = datetime('now') WHERE id = ?",
            (query.from_user.id,),
        )
        await db.commit()
        await state.set_state(Flow.menu)
        await alongside(
            query.answer(),
            query.message.answer("Cosa ti serve?", reply_markup=main_menu()),
        )

    @dp.callback_query(Flow.menu, F.data == "menu:services")
    async def services(query: CallbackQuery, state: FSMContext) -> None:
        await state.set_state(Flow.search)
        await alongside(
            query.answer(),
            query.message.answer(
                "Scrivi cosa cerchi, per esempio «medico» o «casa».",
                reply_markup=keyboard(
                    [
                        [("Salute", "topic:health"), ("Casa", "topic:housing")],
                        [("Lavoro", "topic:work"), ("Documenti", "topic:legal")],
                        [("Indietro", "menu:back")],
                    ]
                ),
            ),
        )

    @dp.message(Flow.search, F.text)
    async def search(message: Message, state: FSMContext) -> None:
        data = await state.get_data()
        word = f"%{message.text.strip().lower()[:64]}%"
        async with db.execute(
            "SELECT name FROM services WHERE keywords LIKE ? OR lower(name) LIKE ? "
            "ORDER BY name LIMIT 5",
            (word, word),
        ) as cur:
            rows = await cur.fetchall()
        if not rows:
            await db.execute(
                "INSERT INTO misses(lang, at) VALUES (?, datetime('now'))",
                (data.get("lang", "it"),),
            )
            await db.commit()
            text = "Non ho trovato nulla. Prova un'altra parola."
        else:
            text = "\n".join(f"• {name}" for (name,) in rows)
        await message.answer(
            text, reply_markup=keyboard([[("Indietro", "menu:back")]])
        )

    @dp.message(F.text)
    async def fallback(message: Message) -> None:
        await message.answer("Usa i pulsanti qui sotto.", reply_markup=main_menu())

    return dp


async def run(api_url: str, token: str, path: str) -> None:
    db = await aiosqlite.connect(path)
    await db.executescript(
        """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS fsm(key TEXT PRIMARY KEY, state TEXT, data TEXT);
        CREATE TABLE IF NOT EXISTS users(
            id INTEGER PRIMARY KEY, lang TEXT, accepted_at TEXT,
            first_seen TEXT, last_seen TEXT);
        CREATE TABLE IF NOT EXISTS services(
            id INTEGER PRIMARY KEY, topic TEXT, name TEXT, keywords TEXT);
        CREATE TABLE IF NOT EXISTS misses(id INTEGER PRIMARY KEY, lang TEXT, at TEXT);
        """
    )
    if os.environ.get("BENCH_SERVICES") == "1":
        await db.executemany(
            "INSERT INTO services(topic, name, keywords) VALUES (?, ?, ?)", SERVICES
        )
        await db.commit()
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_url.rstrip("/")))
    bot = Bot(token, session=session)
    await build(db).start_polling(bot, polling_timeout=2, handle_signals=True)


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1], sys.argv[2], sys.argv[3]))
