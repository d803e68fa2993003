using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class OneActiveImportPerUpload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportJobs_UploadId",
                table: "ImportJobs");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_UploadId_Active",
                table: "ImportJobs",
                column: "UploadId",
                unique: true,
                filter: "\"State\" IN ('Queued', 'Running')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportJobs_UploadId_Active",
                table: "ImportJobs");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_UploadId",
                table: "ImportJobs",
                column: "UploadId");
        }
    }
}
