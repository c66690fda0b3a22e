"""Answers: the offline extractive answerer, LangChain chat models, citation checking, and the scripted fake model."""
