#!/usr/bin/env python3
"""`clausecheck serve` in a real browser: headless Chromium driven by chromedriver.

Uploads the bundled sample and sees its findings highlighted in the report; compares two
drafts; triages a folder of broken files with the sample mixed in and sees a row for every
file; fills the offer form's figures (a management fee, a bond, committed costs among them)
and finds each in the report's inputs; reads the pre-check again with JavaScript switched off. Fails on any
Content-Security-Policy violation in the browser's console. Screenshots go to --artefacts.

Only loopback traffic: the server listens on 127.0.0.1 on a free port; Chromium runs
with a fresh profile and background networking off.

Exit 77 (ctest: skipped) when Chromium or chromedriver is missing, unless CI is set, in
which case a missing browser is a failure.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


def missing_browser(reason):
    message = (f"serve_browser_test: {reason}: apt-get install -y chromium chromium-driver python3-selenium "
               "(scripts/debian-packages.txt)")
    print(message, file=sys.stderr)
    sys.exit(1 if os.environ.get("CI") else SKIP)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    missing_browser("python3-selenium is not installed")


def start_server(binary):
    server = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    prefix = "clausecheck: serving on "
    if not line.startswith(prefix):
        server.kill()
        sys.exit(f"serve_browser_test: the server did not start: {line!r}")
    return server, line[len(prefix):].strip()


def browser(profile, javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1600", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


class Checks:
    def __init__(self, driver, base, artefacts, tag):
        self.driver, self.base, self.artefacts, self.tag = driver, base, artefacts, tag
        self.failures = []

    def expect(self, condition, what):
        print(("ok   " if condition else "FAIL ") + f"[{self.tag}] {what}")
        if not condition:
            self.failures.append(what)

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(self.artefacts, f"serve-{self.tag}-{name}.png"))

    def no_policy_violations(self, page):
        logs = self.driver.get_log("browser")
        violations = [entry["message"] for entry in logs if "Content Security Policy" in entry["message"]]
        self.expect(not violations, f"{page}: no Content-Security-Policy violation {violations[:2]}")

    def wait_for(self, condition, seconds=120):
        WebDriverWait(self.driver, seconds).until(lambda d: condition())


def pre_check(c, sample):
    d = c.driver
    d.get(c.base)
    field = d.find_element(By.ID, "check-file")
    c.expect(d.find_element(By.CSS_SELECTOR, "label[for=check-file]").text != "", "the file field has a label")
    field.send_keys(sample)
    d.find_element(By.CSS_SELECTOR, "#check button[type=submit]").click()
    c.wait_for(lambda: "/check/" in d.current_url and "Risk score" in d.page_source)
    c.expect("Risk score" in d.find_element(By.TAG_NAME, "main").text, "the result page shows the risk score")
    links = [a.text for a in d.find_elements(By.CSS_SELECTOR, ".downloads a")]
    c.expect(any("asks" in t for t in links) and "JSON" in links and "SARIF" in links, f"downloads offered: {links}")
    c.no_policy_violations("result page")
    d.switch_to.frame(d.find_element(By.TAG_NAME, "iframe"))
    marks = d.find_elements(By.CSS_SELECTOR, "mark.hl")
    visible = [m for m in marks if m.is_displayed() and m.size["width"] > 0]
    c.expect(len(visible) > 0, f"findings highlighted in the contract text ({len(visible)} visible marks)")
    severities = {m.get_attribute("class") for m in marks}
    c.expect(any("sev-" in s for s in severities), "each highlight carries its severity")
    d.switch_to.default_content()
    c.shot("pre-check")
    report_url = d.current_url + "/report.html"
    d.get(report_url)
    c.no_policy_violations("report page")
    c.expect(len(d.find_elements(By.CSS_SELECTOR, "mark.hl")) > 0, "the report opens on its own page")


def offer_form(c, sample):
    """The "What would it cost?" form: the figures beyond the first eight (a management fee, a
    bond, committed costs) are filled in and come back in the report's table of inputs, each
    said to come from the offer."""
    d = c.driver
    d.get(c.base)
    d.find_element(By.CSS_SELECTOR, "#offer > summary").click()
    d.find_element(By.CSS_SELECTOR, "#offer-more > summary").click()
    hint = d.find_element(By.ID, "offer-bond_amount-default").text
    c.expect(hint.startswith("If empty:"), f"each figure says what is used when it is empty: {hint!r}")
    unit = d.find_element(By.CSS_SELECTOR, "label[for=offer-management_fee] .unit").text
    c.expect(unit == "(%)", f"each figure says its unit: {unit!r}")
    d.find_element(By.ID, "check-file").send_keys(sample)
    figures = {"offer-contract_value": "£221,400", "offer-term": "36 months", "offer-cash_reserves": "£25,000",
               "offer-management_fee": "15%", "offer-bond_amount": "£25,000", "offer-committed_costs": "£5,000"}
    for field, value in figures.items():
        d.find_element(By.ID, field).send_keys(value)
    c.shot("offer-form")
    d.find_element(By.CSS_SELECTOR, "#check button[type=submit]").click()
    c.wait_for(lambda: "/check/" in d.current_url and "Risk score" in d.page_source)
    cost = d.find_element(By.ID, "offer-cost").text
    c.expect("of your own cash" in cost, f"the result page says how much cash is needed: {cost!r}")
    c.shot("offer-result")
    d.get(d.current_url + "/report.html")
    c.no_policy_violations("report with the offer")
    rows = {r.find_elements(By.TAG_NAME, "td")[0].text: r.text
            for r in d.find_elements(By.CSS_SELECTOR, "#assessment table.inputs tbody tr")}
    for label, value in (("Management fee", "15 %"), ("Deposit or performance bond", "£25,000"),
                         ("Committed costs after exit", "£5,000")):
        row = rows.get(label, "")
        c.expect(value in row and "offer" in row, f"the report's inputs show {label} {value} from the offer: {row!r}")
    section = d.find_element(By.ID, "assessment")
    d.execute_script("arguments[0].scrollIntoView()", section)
    c.shot("offer-assessment")


def compare(c, sample_md, workdir):
    d = c.driver
    new_draft = os.path.join(workdir, "round2.md")
    with open(sample_md, encoding="utf-8") as f:
        text = f.read()
    with open(new_draft, "w", encoding="utf-8") as f:
        f.write(text[: text.find("\n\n", len(text) // 2)] + "\n")
    d.get(c.base)
    d.find_element(By.ID, "old-file").send_keys(sample_md)
    d.find_element(By.ID, "new-file").send_keys(new_draft)
    d.find_element(By.CSS_SELECTOR, "#compare button[type=submit]").click()
    c.wait_for(lambda: "/compare/" in d.current_url)
    summary = d.find_element(By.ID, "diff-summary").text
    c.expect("removes" in summary and "removes 0 " not in summary, f"the comparison shows removed risks: {summary}")
    c.no_policy_violations("compare page")
    c.shot("compare")


def triage(c, bad_dir, sample):
    d = c.driver
    files = sorted(os.path.join(bad_dir, n) for n in os.listdir(bad_dir) if not n.endswith((".sh", ".py")))
    files.append(sample)
    d.get(c.base)
    d.find_element(By.ID, "triage-files").send_keys("\n".join(files))
    d.find_element(By.CSS_SELECTOR, "#triage button[type=submit]").click()
    c.wait_for(lambda: "/triage/" in d.current_url)
    c.wait_for(lambda: len(d.find_elements(By.ID, "triage-table")) == 1)
    rows = d.find_elements(By.CSS_SELECTOR, "#triage-table tr[class^=row-]")
    c.expect(len(rows) == len(files), f"a row for every file ({len(rows)} rows, {len(files)} files)")
    names = " ".join(r.text for r in rows)
    c.expect(all(os.path.basename(f) in names for f in files), "every file is named in the table")
    errors = d.find_elements(By.CSS_SELECTOR, "tr.row-error")
    c.expect(len(errors) >= len(files) - 3, f"the broken files are error rows with a reason ({len(errors)})")
    c.expect(all(": " in r.text for r in errors), "each error row says why")
    c.expect("summary.csv" in d.find_element(By.CSS_SELECTOR, ".downloads").text, "summary.csv offered")
    c.no_policy_violations("triage page")
    c.shot("triage")
    link = d.find_element(By.CSS_SELECTOR, "#triage-table a")
    link.click()
    c.wait_for(lambda: "/report/" in d.current_url)
    c.expect(len(d.find_elements(By.CSS_SELECTOR, "mark.hl")) > 0, "a row opens its report")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--artefacts", required=True)
    args = parser.parse_args()
    args.source = os.path.abspath(args.source)  # chromedriver takes absolute paths for uploads
    if not (shutil.which("chromium") or os.path.exists("/usr/bin/chromium")):
        missing_browser("Chromium is not installed")
    if not (shutil.which("chromedriver") or os.path.exists("/usr/bin/chromedriver")):
        missing_browser("chromedriver is not installed")
    os.makedirs(args.artefacts, exist_ok=True)
    sample = os.path.join(args.source, "corpus/samples/sample-subcontract.pdf")
    sample_md = os.path.join(args.source, "corpus/samples/sample-subcontract.md")
    bad_dir = os.path.join(args.source, "tests/fixtures/bad")

    server, base = start_server(args.binary)
    failures = []
    try:
        with tempfile.TemporaryDirectory() as workdir:
            for javascript in (True, False):
                profile = tempfile.mkdtemp(dir=workdir)
                driver = browser(profile, javascript)
                try:
                    c = Checks(driver, base, args.artefacts, "js" if javascript else "nojs")
                    pre_check(c, sample)
                    if javascript:
                        offer_form(c, sample)
                        compare(c, sample_md, workdir)
                        triage(c, bad_dir, sample)
                    failures += c.failures
                finally:
                    driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=30)
    if failures:
        print(f"serve_browser_test: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("serve_browser_test: all checks passed; screenshots in " + args.artefacts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
