// The web server's result store: what it keeps, what it drops first, and that its memory
// is bounded by both the number of results and the bytes they hold.
#include "result_store.h"

#include <gtest/gtest.h>

#include <string>

namespace clausecheck::cli::web {
namespace {

using std::chrono::seconds;

std::shared_ptr<const CheckResult> check_of_size(std::size_t html_bytes) {
  auto result = std::make_shared<CheckResult>();
  result->name = "contract.pdf";
  result->html.assign(html_bytes, 'x');
  return result;
}

TEST(ResultStore, KeepsTheNewestResultsUpToItsCapacity) {
  ResultStore store(3, 1 << 30, seconds(3600));
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) ids.push_back(store.put(check_of_size(100)));
  EXPECT_EQ(store.size(), 3u);
  EXPECT_EQ(store.get<const CheckResult>(ids[0]), nullptr);
  EXPECT_EQ(store.get<const CheckResult>(ids[1]), nullptr);
  for (int i = 2; i < 5; ++i) EXPECT_NE(store.get<const CheckResult>(ids[i]), nullptr) << i;
}

TEST(ResultStore, DropsTheOldestWhenTheBytesWouldExceedTheBudget) {
  const std::size_t budget = 100'000;
  ResultStore store(100, budget, seconds(3600));
  std::vector<std::string> ids;
  for (int i = 0; i < 10; ++i) {
    ids.push_back(store.put(check_of_size(30'000)));
    EXPECT_LE(store.held_bytes(), budget) << "after result " << i;
  }
  // Three results of 30,000 bytes and their names fit in 100,000 bytes; a fourth does not.
  EXPECT_EQ(store.size(), 3u);
  EXPECT_NE(store.get<const CheckResult>(ids[9]), nullptr);
  EXPECT_NE(store.get<const CheckResult>(ids[7]), nullptr);
  EXPECT_EQ(store.get<const CheckResult>(ids[6]), nullptr);
}

TEST(ResultStore, KeepsAResultLargerThanTheBudgetAlone) {
  ResultStore store(100, 10'000, seconds(3600));
  const std::string small = store.put(check_of_size(1'000));
  const std::string large = store.put(check_of_size(50'000));
  EXPECT_EQ(store.get<const CheckResult>(small), nullptr);
  ASSERT_NE(store.get<const CheckResult>(large), nullptr);
  EXPECT_EQ(store.get<const CheckResult>(large)->html.size(), 50'000u);
  EXPECT_EQ(store.size(), 1u);
}

TEST(ResultStore, CountsATriageAsItsWorkersFillIt) {
  ResultStore store(100, 100'000, seconds(3600));
  auto job = std::make_shared<TriageJob>();
  const std::string triage = store.put(job);
  EXPECT_LT(store.held_bytes(), 10'000u);
  {
    std::lock_guard lock(job->mutex);
    job->reports.assign(3, std::string(30'000, 'r'));  // three reports rendered after the store took the job
  }
  const std::string later = store.put(check_of_size(20'000));
  // 90,000 bytes of triage reports plus 20,000 new bytes exceed the budget: the triage,
  // being oldest, goes.
  EXPECT_EQ(store.get<TriageJob>(triage), nullptr);
  EXPECT_NE(store.get<const CheckResult>(later), nullptr);
  EXPECT_LE(store.held_bytes(), 100'000u);
}

TEST(ResultStore, AResultOfAnotherTypeIsNotFoundUnderItsId) {
  ResultStore store(10, 1 << 20, seconds(3600));
  const std::string id = store.put(check_of_size(10));
  EXPECT_EQ(store.get<const CompareResult>(id), nullptr);
  EXPECT_EQ(store.get<const CheckResult>("not-an-id"), nullptr);
}

TEST(StoredBytes, CountsEveryRenderedReportOfAPreCheck) {
  auto result = std::make_shared<CheckResult>();
  result->html.assign(1000, 'h');
  result->json.assign(2000, 'j');
  result->sarif.assign(3000, 's');
  result->asks.assign(4000, 'a');
  const std::size_t bytes = stored_bytes(std::shared_ptr<const CheckResult>(result));
  EXPECT_GE(bytes, 10'000u);
  EXPECT_LT(bytes, 10'000u + 1'000u);
}

}  // namespace
}  // namespace clausecheck::cli::web
