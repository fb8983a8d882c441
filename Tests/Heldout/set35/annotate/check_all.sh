#!/bin/sh
cd "$(dirname "$0")" && python3 check.py && python3 coverage.py
