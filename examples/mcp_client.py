"""Start `minutes-rag mcp` the way an MCP client (Claude Desktop, an IDE, an agent) does, and call its tools.

    .venv/bin/python examples/mcp_client.py --index index "What did the committee decide about parking?"

The client launches the server as a subprocess and speaks MCP over its stdin and stdout (the official
`mcp` SDK, version 2). See the README for the JSON snippet that registers the same command with a
desktop client.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from mcp import Client, StdioServerParameters

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("question")
parser.add_argument("--index", default="index", help="index folder (default ./index)")
args = parser.parse_args()

# the server inherits this environment (MINUTES_RAG_* settings, the Python path); the SDK passes only a few
# variables such as HOME and PATH otherwise
server = StdioServerParameters(command=sys.executable, args=["-m", "minutes_rag.cli", "mcp", "--index", args.index],
                               env=dict(os.environ))


async def main() -> None:
    async with Client(server, read_timeout_seconds=300) as client:
        tools = await client.list_tools()
        print("tools:", ", ".join(t.name for t in tools.tools))

        docs = await client.call_tool("list_documents", {})
        print(f"the index holds {len((docs.structured_content or {}).get('documents', []))} document(s)")

        result = await client.call_tool("ask_minutes", {"question": args.question})
        if result.is_error or result.structured_content is None:  # the error's message is in the text content
            sys.exit(f"ask_minutes failed: {getattr(result.content[0], 'text', result)}")
        answer = result.structured_content
        print("\n" + answer["answer"] + "\n")
        for c in answer["citations"]:
            where = ", ".join(str(x) for x in (c["authority"], c["committee"], c["meeting_date"], c["item"]) if x)
            print(f"[{c['n']}] {c['source']} ({where})\n    {c['quote']}")


asyncio.run(main())
